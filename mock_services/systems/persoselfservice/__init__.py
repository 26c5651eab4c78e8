"""PersoSelfService (scope.belgium.be, PeopleSoft): the HR self-service of federal staff."""
