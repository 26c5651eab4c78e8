# language: nl
@toegang @persocontact
Functionaliteit: Toegang tot PersoContact
  Als personeelslid van een federale overheidsdienst
  wil ik PersoContact bereiken via de site van de FOD BOSA of rechtstreeks
  zodat ik me via CSAM kan aanmelden om mijn HR-vragen te stellen.

  Scenario: Via de pagina over PersoContact op de site van de FOD BOSA
    Gegeven ik open de pagina over PersoContact op de site van de FOD BOSA
    Dan zie ik het scherm "BOSA-pagina over PersoContact" en leg ik het vast als "bosa-persocontact"
    Als ik de link naar PersoContact volg
    Dan zie ik het scherm "startpagina van PersoContact" en leg ik het vast als "pc-startpagina"
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

  Scenario: Rechtstreeks via het adres van PersoContact
    Gegeven ik surf rechtstreeks naar PersoContact
    Dan zie ik het scherm "startpagina van PersoContact"
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

  @storing
  Scenario: CSAM is in onderhoud
    Gegeven CSAM is in onderhoud
    En ik surf rechtstreeks naar PersoContact
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    Dan zie ik het scherm "onderhoudsbericht van CSAM"

  @storing
  Scenario: CSAM is onbereikbaar
    Gegeven CSAM is onbereikbaar
    En ik surf rechtstreeks naar PersoContact
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    Dan zie ik het scherm "melding van PersoContact dat CSAM onbereikbaar is" en leg ik het vast als "pc-csam-onbereikbaar"
