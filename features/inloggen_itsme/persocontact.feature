# language: nl
@inloggen_itsme @persocontact
Functionaliteit: Inloggen op PersoContact via itsme
  Als personeelslid met de itsme-app op mijn smartphone
  wil ik me via CSAM met itsme aanmelden op PersoContact
  zodat ik mijn vragen aan het HR-contactcenter kan stellen.

  Scenario: Aanmelden via itsme met de itsme-code
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoContact
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    Dan zie ik het scherm "wachtpagina van itsme"
    Als ik de itsme-app open op mijn smartphone
    Dan zie ik op de smartphone het scherm "aanvraag in de itsme-app" en leg ik het vast als "itsme-app-aanvraag-pc"
    Als ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan zie ik het scherm "startpagina van PersoContact na aanmelding" en leg ik het vast als "itsme-pc-ingelogd"
    En ben ik aangemeld op PersoContact als "An Marie Peeters"
    Als ik klik op "Afmelden"
    Dan zie ik het scherm "afmeldpagina van PersoContact"

  Scenario: Aanmelden via itsme met de vingerafdruk
    Gegeven ik ben Emma Claes met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoContact
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    Dan zie ik op de smartphone het scherm "bevestiging met vingerafdruk" en leg ik het vast als "itsme-app-vingerafdruk"
    Als ik op de smartphone klik op "Bevestig met je vingerafdruk"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan ben ik aangemeld op PersoContact als "Emma Claes"
