"""itsme's self-enrolment site (my.prd.itsme.be/self-enroll): steps 2 to 4 on the computer."""
