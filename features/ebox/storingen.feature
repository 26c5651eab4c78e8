# language: nl
@ebox
Functionaliteit: Storingen en privacy van de eBox
  Een melding gaat nooit verloren, een onderhoud wordt duidelijk gemeld,
  en niemand ziet de documenten van een ander.

  Scenario: De mailserver ligt plat als er een document binnenkomt
    Gegeven ik ben Emma Claes met mijn eID-kaart en een kaartlezer
    En mijn eBox is geactiveerd met mijn e-mailadres
    En Mailbox is onbereikbaar
    Als de RVA een document over mijn loopbaanonderbreking naar mijn eBox stuurt
    Dan heb ik nog geen e-mail "Er is een nieuw document in je eBox"
    Als Mailbox weer beschikbaar is
    Dan krijg ik precies één e-mail "Er is een nieuw document in je eBox"

  Scenario: socialsecurity.be is in onderhoud
    Gegeven eBox is in onderhoud
    En ik surf rechtstreeks naar eBox
    Dan zie ik het scherm "onderhoudsbericht van de eBox"

  @pcsc
  Scenario: Het document van iemand anders kan ik niet openen
    Gegeven ik ben Emma Claes met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En mijn eBox is geactiveerd met mijn e-mailadres
    En de RVA een document over de loopbaanonderbreking van An Peeters stuurt
    En ik surf rechtstreeks naar eBox
    Als ik klik op "Aanmelden op mijn eBox"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "mijn eBox"
    Als ik het adres van dat document rechtstreeks in de browser typ
    Dan zie ik het scherm "weigering van een document in de eBox"
    En zie ik niets van dat document
