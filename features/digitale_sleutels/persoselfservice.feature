# language: nl
@digitale_sleutels @persoselfservice
Functionaliteit: Inloggen op PersoSelfService met digitale sleutels
  Als personeelslid zonder eID-kaartlezer en zonder itsme
  wil ik me via CSAM met mijn digitale sleutels aanmelden op PersoSelfService
  zodat ik mijn HR-gegevens kan raadplegen.

  Achtergrond:
    Gegeven ik ben Fatima El Amrani met digitale sleutels
    En ik surf rechtstreeks naar PersoSelfService

  Scenario: Aanmelden met een beveiligingscode via token
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM" en leg ik het vast als "sleutels-sleutelkeuze"
    Als ik klik op "AANMELDEN met beveiligingscode via token"
    En ik mijn gebruikersnaam en wachtwoord ingeef
    Dan zie ik het scherm "aanmelden met gebruikersnaam en wachtwoord bij CSAM" en leg ik het vast als "sleutels-wachtwoord"
    Als ik klik op "Volgende"
    En ik de gevraagde code van mijn tokenkaart ingeef
    Dan zie ik het scherm "ingave van de beveiligingscode bij CSAM" en leg ik het vast als "sleutels-token-code"
    Als ik klik op "Aanmelden"
    Dan zie ik het scherm "startpagina van PersoSelfService na aanmelding" en leg ik het vast als "sleutels-pss-ingelogd"
    En ben ik aangemeld op PersoSelfService als "Fatima El Amrani"

  Scenario: Aanmelden met een beveiligingscode via e-mail
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"
