# language: nl
@digitale_sleutels @persocontact
Functionaliteit: Inloggen op PersoContact met digitale sleutels
  Als personeelslid zonder eID-kaartlezer en zonder itsme
  wil ik me via CSAM met mijn digitale sleutels aanmelden op PersoContact
  zodat ik mijn vragen aan het HR-contactcenter kan stellen.

  Achtergrond:
    Gegeven ik ben Fatima El Amrani met digitale sleutels
    En ik surf rechtstreeks naar PersoContact

  Scenario: Op PersoContact aanmelden met een beveiligingscode via token
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN met beveiligingscode via token"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de gevraagde code van mijn tokenkaart ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "startpagina van PersoContact na aanmelding" en leg ik het vast als "sleutels-pc-ingelogd"
    En ben ik aangemeld op PersoContact als "Fatima El Amrani"
