# language: nl
@ebox
Functionaliteit: Een nieuw document in mijn eBox
  Als burger met een geactiveerde eBox wil ik per e-mail horen dat er een nieuw document is
  en het veilig openen na het aanmelden via CSAM, met mijn eID of via itsme.

  Scenario: De melding in de webmail volgen en de eBox openen via itsme
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En mijn eBox is geactiveerd met mijn e-mailadres
    Als de RVA een document over mijn loopbaanonderbreking naar mijn eBox stuurt
    Dan krijg ik precies één e-mail "Er is een nieuw document in je eBox"
    En staat in die e-mail een link naar mijn eBox en niets uit het document
    Als ik mijn mailbox open in de webmail
    Dan zie ik het scherm "mailbox in de webmail"
    Als ik klik op "Er is een nieuw document in je eBox"
    Dan zie ik het scherm "e-mail in de webmail" en leg ik het vast als "ebox-melding"
    Als ik klik op "Open mijn eBox"
    Dan zie ik het scherm "sleutelkeuze van CSAM"
    Als ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan zie ik het scherm "mijn eBox" en leg ik het vast als "ebox-documenten"
    En ben ik aangemeld op eBox als "An Marie Peeters"
    En staat het document over mijn loopbaanonderbreking nieuw in mijn eBox
    Als ik het document over mijn loopbaanonderbreking open
    Dan toont de eBox het document over mijn loopbaanonderbreking van de RVA
    En zie ik het scherm "document in de eBox" en leg ik het vast als "ebox-document"
    Als ik klik op "Terug naar mijn eBox"
    Dan staat het document over mijn loopbaanonderbreking gelezen in mijn eBox

  @pcsc
  Scenario: De melding in de webmail volgen en de eBox openen met de eID-kaart
    Gegeven ik ben Emma Claes met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En mijn eBox is geactiveerd met mijn e-mailadres
    Als de RVA een document over mijn loopbaanonderbreking naar mijn eBox stuurt
    Dan krijg ik precies één e-mail "Er is een nieuw document in je eBox"
    Als ik mijn mailbox open in de webmail
    En ik klik op "Er is een nieuw document in je eBox"
    En ik klik op "Open mijn eBox"
    Dan zie ik het scherm "sleutelkeuze van CSAM"
    Als ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "mijn eBox"
    En ben ik aangemeld op eBox als "Emma Claes"
    En staat het document over mijn loopbaanonderbreking nieuw in mijn eBox
    Als ik het document over mijn loopbaanonderbreking open
    Dan toont de eBox het document over mijn loopbaanonderbreking van de RVA

  Scenario: De melding in de webmail volgen en de eBox openen met de token
    Gegeven ik ben Fatima El Amrani met digitale sleutels
    En mijn eBox is geactiveerd met mijn e-mailadres
    Als de RVA een document over mijn loopbaanonderbreking naar mijn eBox stuurt
    Dan krijg ik precies één e-mail "Er is een nieuw document in je eBox"
    Als ik mijn mailbox open in de webmail
    En ik klik op "Er is een nieuw document in je eBox"
    En ik klik op "Open mijn eBox"
    Dan zie ik het scherm "sleutelkeuze van CSAM"
    Als ik klik op "AANMELDEN met beveiligingscode via token"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de gevraagde code van mijn tokenkaart ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "mijn eBox"
    En ben ik aangemeld op eBox als "Fatima El Amrani"
    En staat het document over mijn loopbaanonderbreking nieuw in mijn eBox
