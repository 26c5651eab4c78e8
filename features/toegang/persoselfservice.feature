# language: nl
@toegang @persoselfservice
Functionaliteit: Toegang tot PersoSelfService
  Als personeelslid van de federale overheid
  wil ik PersoSelfService bereiken vanop eender welke computer met internet
  zodat ik me via het federale portaal CSAM kan aanmelden.

  Scenario: Via de pagina over PersoSelfService op de site van de FOD BOSA
    Gegeven ik open de pagina over PersoSelfService op de site van de FOD BOSA
    Dan zie ik het scherm "BOSA-pagina over PersoSelfService" en leg ik het vast als "bosa-persoselfservice"
    Als ik de link naar PersoSelfService volg
    Dan zie ik het scherm "startpagina van PersoSelfService"
    Als ik mijn taal kies
    Dan zie ik het scherm "startpagina van PersoSelfService" en leg ik het vast als "pss-startpagina"
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM" en leg ik het vast als "csam-sleutelkeuze"

  Scenario: Rechtstreeks via het adres van PersoSelfService
    Gegeven ik surf rechtstreeks naar PersoSelfService
    Dan zie ik het scherm "startpagina van PersoSelfService"
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

  Abstract Scenario: De startpagina spreekt de gekozen taal
    Gegeven ik surf rechtstreeks naar PersoSelfService
    Als ik de taal "<taal>" kies
    Dan is de startpagina van PersoSelfService in het <taal> met de titel "<titel>"
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

    Voorbeelden:
      | taal       | titel                          |
      | Nederlands | Welkom bij PersoSelfService    |
      | Français   | Bienvenue sur PersoSelfService |
      | Deutsch    | Willkommen bei PersoSelfService |
      | English    | Welcome to PersoSelfService    |

  @storing
  Scenario: CSAM is in onderhoud
    Gegeven CSAM is in onderhoud
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "onderhoudsbericht van CSAM" en leg ik het vast als "csam-onderhoud"

  @storing
  Scenario: CSAM is onbereikbaar
    Gegeven CSAM is onbereikbaar
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "melding van PersoSelfService dat CSAM onbereikbaar is" en leg ik het vast als "pss-csam-onbereikbaar"
