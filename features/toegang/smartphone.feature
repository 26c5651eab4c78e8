# language: nl
@toegang @persoselfservice @persocontact @bosa @csam
Functionaliteit: PersoSelfService en PersoContact op de smartphone
  Als personeelslid van de federale overheid
  wil ik de toepassingen ook vanop mijn smartphone bereiken
  zodat ik niet aan een computer hoef te zitten om me aan te melden.

  De pagina's van de FOD BOSA, de toepassingen en CSAM passen zich aan het scherm van de
  smartphone aan: niets schuift opzij en de knoppen zijn groot genoeg om aan te tikken.

  Achtergrond:
    Gegeven ik surf met de browser van mijn smartphone

  Scenario: PersoSelfService op de smartphone via de site van de FOD BOSA
    Gegeven ik open de pagina over PersoSelfService op de site van de FOD BOSA
    Dan zie ik het scherm "BOSA-pagina over PersoSelfService" en leg ik het vast als "smartphone-bosa-persoselfservice"
    Als ik de link naar PersoSelfService volg
    En ik mijn taal kies
    Dan zie ik het scherm "startpagina van PersoSelfService" en leg ik het vast als "smartphone-pss-startpagina"
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM" en leg ik het vast als "smartphone-csam-sleutelkeuze"

  Scenario: PersoContact op de smartphone via de site van de FOD BOSA
    Gegeven ik open de pagina over PersoContact op de site van de FOD BOSA
    Dan zie ik het scherm "BOSA-pagina over PersoContact"
    Als ik de link naar PersoContact volg
    Dan zie ik het scherm "startpagina van PersoContact" en leg ik het vast als "smartphone-pc-startpagina"
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    Dan zie ik het scherm "sleutelkeuze van CSAM"
