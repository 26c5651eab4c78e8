# language: nl
@inloggen_itsme @persoselfservice
Functionaliteit: Inloggen op PersoSelfService via itsme
  Als personeelslid met de itsme-app op mijn smartphone
  wil ik me via CSAM met itsme aanmelden op PersoSelfService
  zodat ik mijn HR-gegevens kan raadplegen zonder kaartlezer.

  Achtergrond:
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService

  Scenario: Aanmelden via itsme in vier stappen
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM" en leg ik het vast als "itsme-sleutelkeuze"
    Als ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    Dan zie ik het scherm "gsm-nummer bij itsme" en leg ik het vast als "itsme-gsm-nummer"
    Als ik klik op "Verstuur"
    Dan zie ik het scherm "wachtpagina van itsme" en leg ik het vast als "itsme-wachten"
    Als ik de itsme-app open op mijn smartphone
    Dan zie ik op de smartphone het scherm "aanvraag in de itsme-app" en leg ik het vast als "itsme-app-aanvraag"
    Als ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    Dan zie ik op de smartphone het scherm "bevestiging met itsme-code" en leg ik het vast als "itsme-app-bevestigen"
    Als ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app" en leg ik het vast als "itsme-app-bevestigd"
    Als er 2 seconden voorbijgaan
    Dan zie ik het scherm "startpagina van PersoSelfService na aanmelding" en leg ik het vast als "itsme-pss-ingelogd"
    En ben ik aangemeld op PersoSelfService als "An Marie Peeters"

  Scenario: Afmelden na een aanmelding via itsme
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    En er 2 seconden voorbijgaan
    Dan ben ik aangemeld op PersoSelfService als "An Marie Peeters"
    Als ik klik op "Afmelden"
    Dan zie ik het scherm "afmeldpagina van PersoSelfService" en leg ik het vast als "pss-afgemeld"
    Als ik klik op "Opnieuw aanmelden"
    Dan zie ik het scherm "startpagina van PersoSelfService"
