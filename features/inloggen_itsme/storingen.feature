# language: nl
@inloggen_itsme @persoselfservice @storing
Functionaliteit: Als aanmelden via itsme niet lukt
  Als gebruiker van itsme
  wil ik een duidelijke melding krijgen als het aanmelden via itsme niet lukt
  zodat ik weet wat ik moet doen.

  Scenario: Het gsm-nummer is geen geldig Belgisch gsm-nummer
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik het gsm-nummer "016 12 34 56" ingeef
    En ik klik op "Verstuur"
    Dan zie ik het scherm "melding van itsme dat het gsm-nummer ongeldig is" en leg ik het vast als "itsme-nummer-ongeldig"
    Als ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    Dan zie ik het scherm "wachtpagina van itsme"

  Scenario: Er is geen itsme-account voor het gsm-nummer
    Gegeven ik ben Bram Janssens zonder itsme-account
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    Dan zie ik het scherm "melding van itsme dat het gsm-nummer onbekend is" en leg ik het vast als "itsme-nummer-onbekend"

  Scenario: Ik weiger de aanvraag in de itsme-app
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Weigeren"
    Dan zie ik op de smartphone het scherm "geweigerd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan zie ik het scherm "melding van itsme dat de aanvraag geweigerd is" en leg ik het vast als "itsme-geweigerd"
    Als ik klik op "Terug naar CSAM"
    Dan zie ik het scherm "melding van CSAM dat aanmelden via itsme niet lukte" en leg ik het vast als "csam-itsme-mislukt"
    Als ik klik op "Kies een andere digitale sleutel"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

  Scenario: De aanvraag verloopt na 5 minuten
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    Dan zie ik het scherm "wachtpagina van itsme"
    Als er 5 minuten voorbijgaan
    Dan zie ik het scherm "melding van itsme dat de aanvraag verlopen is" en leg ik het vast als "itsme-verlopen"
    Als ik de itsme-app open op mijn smartphone
    Dan zie ik op de smartphone het scherm "itsme-app zonder aanvragen"

  Scenario: Een foute itsme-code, daarna de juiste
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone de itsme-code "11111" ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "foute itsme-code in de itsme-app" en leg ik het vast als "itsme-app-foute-code"
    Als ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan ben ik aangemeld op PersoSelfService als "An Marie Peeters"

  Scenario: Na 3 foute itsme-codes is het itsme-account geblokkeerd
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone 3 keer een foute itsme-code bevestig
    Dan zie ik op de smartphone het scherm "geblokkeerd in de itsme-app" en leg ik het vast als "itsme-app-geblokkeerd"
    Als er 2 seconden voorbijgaan
    Dan zie ik het scherm "melding van itsme dat het account geblokkeerd is" en leg ik het vast als "itsme-geblokkeerd"

  Scenario: Ik annuleer bij itsme
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik klik op "Annuleren"
    Dan zie ik het scherm "melding van CSAM dat aanmelden via itsme niet lukte"

  Scenario: itsme is onbereikbaar
    Gegeven itsme is onbereikbaar
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    Dan zie ik het scherm "melding van CSAM dat itsme niet beschikbaar is" en leg ik het vast als "csam-itsme-onbeschikbaar"
    Als ik klik op "Kies een andere digitale sleutel"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

  Scenario: itsme is in onderhoud
    Gegeven itsme is in onderhoud
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    Dan zie ik het scherm "melding van CSAM dat itsme niet beschikbaar is"

  Scenario: Wie geen personeelslid is, komt niet binnen
    Gegeven ik ben Dirk Wouters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    En er 2 seconden voorbijgaan
    Dan zie ik het scherm "melding van PersoSelfService dat ik geen toegang heb" en leg ik het vast als "pss-geen-toegang"
