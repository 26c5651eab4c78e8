# language: nl
@ebox @pcsc
Functionaliteit: De eBox activeren met een e-mailadres
  Als burger wil ik mijn eBox op socialsecurity.be activeren met mijn e-mailadres
  zodat ik een e-mail krijg zodra er een nieuw document in mijn eBox is.

  Scenario: Mijn eBox activeren met de bevestigingscode uit de e-mail
    Gegeven ik ben Emma Claes met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar eBox
    Dan zie ik het scherm "startpagina van de eBox" en leg ik het vast als "ebox-start"
    Als ik klik op "Aanmelden op mijn eBox"
    Dan zie ik het scherm "sleutelkeuze van CSAM" en leg ik het vast als "ebox-sleutelkeuze"
    Als ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    Dan toont de eID-software het certificaat van "Emma Claes"
    Als ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "activatiepagina van de eBox"
    Als ik mijn e-mailadres ingeef voor de eBox
    Dan zie ik het scherm "activatiepagina van de eBox" en leg ik het vast als "ebox-activeren"
    Als ik klik op "Verstuur de bevestigingscode"
    Dan zie ik het scherm "bevestigingspagina van de eBox"
    En krijg ik precies één e-mail "Je bevestigingscode voor je eBox"
    Als ik de bevestigingscode uit de e-mail ingeef
    En ik klik op "Activeer mijn eBox"
    Dan zie ik het scherm "mijn eBox" en leg ik het vast als "ebox-geactiveerd"
    En meldt de eBox "Je eBox is geactiveerd. Je krijgt een e-mail zodra er een nieuw document is."
    En ben ik aangemeld op eBox als "Emma Claes"

  Scenario: Een fout e-mailadres, een foute en een verlopen bevestigingscode
    Gegeven ik ben Emma Claes met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar eBox
    Als ik klik op "Aanmelden op mijn eBox"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    En ik het e-mailadres "emma.claes@" ingeef voor de eBox
    En ik klik op "Verstuur de bevestigingscode"
    Dan zie ik het scherm "activatiepagina van de eBox"
    En meldt de eBox "Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als an.peeters@example.be."
    Als ik mijn e-mailadres ingeef voor de eBox
    En ik klik op "Verstuur de bevestigingscode"
    En ik de bevestigingscode "000000" ingeef
    En ik klik op "Activeer mijn eBox"
    Dan zie ik het scherm "bevestigingspagina van de eBox"
    En meldt de eBox "Deze code is niet juist. Controleer de code in de e-mail en probeer opnieuw."
    Als er 11 minuten voorbijgaan
    En ik de bevestigingscode uit de e-mail ingeef
    En ik klik op "Activeer mijn eBox"
    Dan zie ik het scherm "activatiepagina van de eBox"
    En meldt de eBox "Deze code is verlopen. Vraag een nieuwe bevestigingscode aan."
