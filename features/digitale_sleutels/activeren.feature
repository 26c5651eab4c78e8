# language: nl
@digitale_sleutels @persoselfservice @persocontact
Functionaliteit: De beveiligingscode via e-mail of via de mobiele app activeren
  Als personeelslid zonder eID-kaartlezer en zonder itsme
  wil ik na mijn afspraak in het registratiekantoor mijn e-mailcode of mijn mobiele app activeren
  zodat ik me daarmee kan aanmelden op PersoSelfService en PersoContact.

  Achtergrond:
    Gegeven ik ben Fatima El Amrani zonder eID-kaartlezer en zonder itsme
    En ik had een afspraak bij het registratiekantoor "FOD BOSA" met mijn paspoort
    En de medewerker heeft mijn paspoort gecontroleerd en mijn sleutels aangemaakt

  Scenario: De beveiligingscode via e-mail activeren en ermee aanmelden
    Als ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    Dan zie ik het scherm "keuze van gebruikersnaam en wachtwoord" en leg ik het vast als "sleutels-activatie-login"
    Als ik mijn gebruikersnaam en wachtwoord kies
    Dan zie ik het scherm "mijn digitale sleutels" en leg ik het vast als "sleutels-mijn-sleutels"
    Als ik klik op "E-mailcode activeren"
    En ik de eerste beveiligingscode uit mijn e-mail ingeef
    Dan zie ik het scherm "activatie van de beveiligingscode via e-mail" en leg ik het vast als "sleutels-activatie-email"
    Als ik klik op "Bevestigen"
    Dan is mijn sleutel "Beveiligingscode via e-mail" geactiveerd
    Als ik daarna naar PersoSelfService surf
    En ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de beveiligingscode uit mijn e-mail ingeef
    Dan zie ik het scherm "ingave van de beveiligingscode bij CSAM" en leg ik het vast als "sleutels-email-code"
    Als ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"
    Als ik daarna naar PersoContact surf
    En ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoContact als "Fatima El Amrani"

  Scenario: De mobiele app activeren met de QR-code en ermee aanmelden
    Als ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    En ik mijn gebruikersnaam en wachtwoord kies
    En ik klik op "Mobiele app activeren"
    Dan zie ik het scherm "activatie van de mobiele app" en leg ik het vast als "sleutels-activatie-qr"
    Als ik de authenticator-app open op mijn smartphone
    En ik op de smartphone klik op "Account toevoegen"
    Dan zie ik op de smartphone het scherm "QR-code scannen in de authenticator-app" en leg ik het vast als "sleutels-app-scannen"
    Als ik op de smartphone de QR-code op mijn computerscherm fotografeer
    Dan zie ik op de smartphone het scherm "authenticator-app" en leg ik het vast als "sleutels-authenticator"
    Als ik de code aflees in de authenticator-app op mijn smartphone
    En ik de code van de authenticator-app ter bevestiging ingeef
    En ik klik op "Bevestigen"
    Dan is mijn sleutel "Beveiligingscode via mobiele app" geactiveerd
    Als ik daarna naar PersoSelfService surf
    En ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via mobiele app"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de code aflees in de authenticator-app op mijn smartphone
    En ik de code van de authenticator-app ingeef
    Dan zie ik het scherm "ingave van de beveiligingscode bij CSAM" en leg ik het vast als "sleutels-app-code"
    Als ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"
    Als ik daarna naar PersoContact surf
    En ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN met beveiligingscode via mobiele app"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de code aflees in de authenticator-app op mijn smartphone
    En ik de code van de authenticator-app ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoContact als "Fatima El Amrani"

  Scenario: Een wachtwoord dat de regels niet volgt wordt geweigerd
    Als ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    En ik een wachtwoord kies dat niet aan de regels voldoet
    Dan zie ik het scherm "melding dat het wachtwoord niet aan de regels voldoet" en leg ik het vast als "sleutels-wachtwoord-regels"
    Als ik mijn gebruikersnaam en wachtwoord kies
    Dan zie ik het scherm "mijn digitale sleutels"

  Scenario: Een foute eerste beveiligingscode uit de e-mail wordt geweigerd
    Als ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    En ik mijn gebruikersnaam en wachtwoord kies
    En ik klik op "E-mailcode activeren"
    En ik een foute eerste beveiligingscode ingeef
    En ik klik op "Bevestigen"
    Dan zie ik het scherm "melding dat de eerste beveiligingscode niet juist is"
    Als ik de eerste beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Bevestigen"
    Dan is mijn sleutel "Beveiligingscode via e-mail" geactiveerd

  Scenario: Een verouderde code van de authenticator-app bevestigt de mobiele app niet
    Als ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    En ik mijn gebruikersnaam en wachtwoord kies
    En ik klik op "Mobiele app activeren"
    En ik de authenticator-app open op mijn smartphone
    En ik op de smartphone klik op "Account toevoegen"
    En ik op de smartphone de QR-code op mijn computerscherm fotografeer
    En ik de code aflees in de authenticator-app op mijn smartphone
    En er 2 minuten voorbijgaan
    En ik de code van de authenticator-app ter bevestiging ingeef
    En ik klik op "Bevestigen"
    Dan zie ik het scherm "melding dat de code van de app niet juist is"
    Als ik de code aflees in de authenticator-app op mijn smartphone
    En ik de code van de authenticator-app ter bevestiging ingeef
    En ik klik op "Bevestigen"
    Dan is mijn sleutel "Beveiligingscode via mobiele app" geactiveerd
