# language: nl
@inloggen_itsme @persoselfservice @itsme @csam
Functionaliteit: Inloggen via itsme op dezelfde smartphone
  Als personeelslid met de itsme-app op mijn smartphone
  wil ik me ook in de browser van die smartphone met itsme aanmelden
  zodat ik geen computer nodig heb.

  Op de smartphone zelf vraagt itsme geen gsm-nummer: de knop "Open de itsme-app" opent de app
  op dezelfde smartphone, en na de bevestiging brengt de app me terug naar de browser.

  Achtergrond:
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf met de browser van mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService

  Scenario: Aanmelden via itsme op dezelfde smartphone
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    Dan zie ik het scherm "itsme-app openen op de smartphone" en leg ik het vast als "smartphone-itsme-openen"
    Als ik klik op "Open de itsme-app"
    Dan zie ik op de smartphone het scherm "aanvraag in de itsme-app" en leg ik het vast als "smartphone-itsme-aanvraag"
    Als ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app" en leg ik het vast als "smartphone-itsme-bevestigd"
    En zie ik het scherm "startpagina van PersoSelfService na aanmelding" en leg ik het vast als "smartphone-itsme-pss-ingelogd"
    En ben ik aangemeld op PersoSelfService als "An Marie Peeters"

  Scenario: Weigeren in de itsme-app op dezelfde smartphone
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik klik op "Open de itsme-app"
    En ik op de smartphone klik op "Weigeren"
    Dan zie ik op de smartphone het scherm "geweigerd in de itsme-app"
    En zie ik het scherm "melding van itsme dat de aanvraag geweigerd is"
