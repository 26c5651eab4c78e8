# language: nl
@inloggen_eid @storing @pcsc
Functionaliteit: Wat er mis kan gaan bij het aanmelden met de eID-kaart
  De eID-software en CSAM zeggen duidelijk wat er mis is en wat je kunt doen:
  je kunt het opnieuw proberen of een andere digitale sleutel kiezen.

  Scenario: Geen kaartlezer aangesloten
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En mijn kaartlezer is niet aangesloten
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    Dan meldt CSAM "Geen kaartlezer gevonden"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-geen-kaartlezer"

  Scenario: Geen kaart in de kaartlezer, daarna wel
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    Dan meldt CSAM "Geen eID-kaart gevonden"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-geen-kaart"
    Als ik mijn eID-kaart in de kaartlezer steek
    En ik klik op "Opnieuw proberen"
    En ik klik op "Aanmelden"
    Dan toont de eID-software het certificaat van "An Peeters"

  Scenario: De kaart wordt uit de lezer genomen tijdens het aanmelden
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik de kaart uit de kaartlezer neem
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan meldt CSAM "Je kaart werd uit de lezer genomen"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-kaart-weggenomen"

  Scenario: Drie keer een verkeerde PIN-code blokkeert de kaart
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik de PIN-code "0000" ingeef
    En ik klik op "OK"
    Dan meldt de eID-software "Verkeerde PIN-code. Je hebt nog 2 pogingen."
    Als ik de PIN-code "1111" ingeef
    En ik klik op "OK"
    Dan meldt de eID-software "Verkeerde PIN-code. Je hebt nog 1 poging: bij nog een verkeerde PIN-code wordt je kaart geblokkeerd."
    Als ik de PIN-code "2222" ingeef
    En ik klik op "OK"
    Dan meldt CSAM "Je PIN-code is geblokkeerd"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-pin-geblokkeerd"

  Scenario: Een PIN-code die geen PIN-code is
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik de PIN-code "12a" ingeef
    En ik klik op "OK"
    Dan meldt de eID-software "Een PIN-code bestaat uit 4 tot 12 cijfers."

  Scenario: Annuleren bij het certificaat
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "Annuleren"
    Dan meldt CSAM "Aanmelden met je eID geannuleerd"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-geannuleerd"

  Scenario: Annuleren bij de PIN-code
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik klik op "Annuleren"
    Dan meldt CSAM "Aanmelden met je eID geannuleerd"

  Scenario: Een kaart met ingetrokken certificaten
    Gegeven ik ben Bram Janssens met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan meldt CSAM "Het certificaat van je eID-kaart is ingetrokken"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-ingetrokken"

  Scenario: Een kaart met verlopen certificaten
    Gegeven ik ben Chloé Dubois met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan meldt CSAM "Het certificaat van je eID-kaart is niet geldig"
    En zie ik het scherm "melding van CSAM over de eID-aanmelding" en leg ik het vast als "eid-verlopen"

  Scenario: Een geldige burger die geen federaal personeelslid is
    Gegeven ik ben Dirk Wouters met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "melding van PersoSelfService dat ik geen toegang heb" en leg ik het vast als "eid-geen-toegang"
