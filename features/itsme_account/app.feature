# language: nl
@itsme_account @pcsc
Functionaliteit: Fouten in de itsme-app bij het aanmaken van een itsme-account
  Het identificatietoken moet exact overgenomen worden, de controlecode komt per sms van 8836 en
  de itsme-code wordt twee keer ingegeven. Bij een fout zegt de app wat er mis is.

  Achtergrond:
    Gegeven ik ben Lotte Verstraeten met mijn eID-kaart en een kaartlezer
    En ik ben Lotte Verstraeten zonder itsme-account
    En mijn smartphone heeft de sim-kaart van mijn gsm-nummer

  Scenario: Een identificatietoken met de verkeerde hoofdletters
    Gegeven ik heb het contract op de computer met mijn eID getekend
    En ik heb in de itsme-app mijn gsm-nummer ingegeven
    Als ik op de smartphone het identificatietoken in kleine letters overneem
    En ik op de smartphone klik op "Verder"
    Dan zie ik op de smartphone het scherm "identificatietoken in de itsme-app" en leg ik het vast als "itsme-account-token-hoofdletters"
    En meldt de itsme-app "Deze identificatietoken klopt niet: HOOFDletters en leestekens tellen mee. Neem hem precies over zoals hij op je computer staat. Nog 4 pogingen."

  Scenario: Een verlopen identificatietoken
    Gegeven ik heb het contract op de computer met mijn eID getekend
    En ik heb in de itsme-app mijn gsm-nummer ingegeven
    Als er 31 minuten voorbijgaan
    En ik op de smartphone het identificatietoken van mijn computer overneem
    En ik op de smartphone klik op "Verder"
    Dan zie ik op de smartphone het scherm "verlopen registratie in de itsme-app"

  Scenario: Drie keer een foute controlecode stopt de registratie
    Gegeven ik heb het contract op de computer met mijn eID getekend
    En ik heb in de itsme-app mijn gsm-nummer ingegeven
    En ik heb in de itsme-app het identificatietoken ingegeven
    Als ik op de smartphone 3 keer een foute controlecode bevestig
    Dan zie ik op de smartphone het scherm "stopgezette registratie in de itsme-app" en leg ik het vast als "itsme-account-stopgezet"

  Scenario: De controlecode opnieuw laten versturen
    Gegeven ik heb het contract op de computer met mijn eID getekend
    En ik heb in de itsme-app mijn gsm-nummer ingegeven
    En ik heb in de itsme-app het identificatietoken ingegeven
    Als ik op de smartphone klik op "Opnieuw versturen"
    Dan zie ik op de smartphone het scherm "controlecode in de itsme-app"
    En meldt de itsme-app "We stuurden je een nieuwe controlecode. De vorige code is niet meer geldig."
    Als ik op de smartphone de controlecode uit de sms ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "itsme-code kiezen in de itsme-app"

  Scenario: Twee itsme-codes die niet overeenkomen
    Gegeven ik heb het contract op de computer met mijn eID getekend
    En ik heb in de itsme-app mijn gsm-nummer ingegeven
    En ik heb in de itsme-app het identificatietoken ingegeven
    En ik heb de controlecode uit de sms bevestigd
    Als ik op de smartphone "47185" als nieuwe itsme-code kies
    En ik op de smartphone klik op "Bevestig"
    En ik op de smartphone de nieuwe itsme-code "47186" herhaal
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "itsme-code kiezen in de itsme-app" en leg ik het vast als "itsme-account-codes-verschillend"
    En meldt de itsme-app "De codes komen niet overeen. Kies je itsme-code opnieuw."

  Scenario: Het sms-netwerk is onbereikbaar
    Gegeven het sms-netwerk is onbereikbaar
    En ik heb het contract op de computer met mijn eID getekend
    En ik heb in de itsme-app mijn gsm-nummer ingegeven
    Als ik op de smartphone het identificatietoken van mijn computer overneem
    En ik op de smartphone klik op "Verder"
    Dan zie ik op de smartphone het scherm "controlecode in de itsme-app" en leg ik het vast als "itsme-account-sms-niet-verstuurd"
    En meldt de itsme-app "De sms met je controlecode kon niet worden verstuurd. Probeer het opnieuw."
    Als het sms-netwerk weer werkt
    En ik op de smartphone klik op "Opnieuw versturen"
    En ik op de smartphone de controlecode uit de sms ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "itsme-code kiezen in de itsme-app"
