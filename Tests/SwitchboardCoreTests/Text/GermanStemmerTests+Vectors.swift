extension GermanStemmerTests {
    /// Word and stem pairs, written `word:stem` and separated by spaces or line breaks.
    ///
    /// The stems come from the Snowball project's reference German stemmer (the code that
    /// Snowball 3.1.1 generates from `german.sbl`). The words are support-desk vocabulary,
    /// words that exercise each rule (umlauts, `ß`, `ae`/`oe`/`ue`, `-nisse`, `-erinnen`,
    /// `-system`, the `-et` exceptions, apostrophes), and 2,000 words drawn at random from a
    /// German spelling dictionary.
    static let referenceVectors = """
        erstattung:erstatt erstattungen:erstatt zurückerstatten:zuruckerstatt
        rückerstattung:ruckerstatt bestellung:bestell bestellungen:bestell bestellt:bestellt
        bestellte:bestellt bestellen:bestell lieferung:liefer lieferungen:liefer
        geliefert:geliefert liefern:lief zahlung:zahlung zahlungen:zahlung bezahlt:bezahlt
        bezahlen:bezahl überweisung:uberweis überweisungen:uberweis konto:konto kontos:kontos
        konten:kont passwort:passwort passwörter:passwort zurücksetzen:zurucksetz
        kündigen:kundig kündigung:kundig kündigungen:kundig rechnung:rechnung
        rechnungen:rechnung gebühr:gebuhr gebühren:gebuhr abbuchung:abbuch
        datenschutz:datenschutz einwilligung:einwill auskunft:auskunft löschung:loschung
        löschen:losch persönlichen:person daten:dat sicherheit:sich häuser:haus mädchen:madch
        bäume:baum vögel:vogel größe:gross größer:gross größten:grosst straße:strass
        straßen:strass fußball:fussball weiß:weiss heißt:heisst schließen:schliess
        schließlich:schliesslich maße:mass ärgerlich:arg ärgerlichen:arg ergebnis:ergebnis
        ergebnisse:ergebnis ergebnissen:ergebnis kenntnisse:kenntnis zeugnisses:zeugnis
        system:system systemen:system systems:system problem:probl problemen:problem
        lehrerin:lehr lehrerinnen:lehr kundin:kundin kundinnen:kundinn mitarbeiterin:mitarbeit
        mitarbeiterinnen:mitarbeit händlern:handl händler:handl wandern:wand wanderns:wandern
        kategorisch:kategor kategorischen:kategor logisch:logisch praktisch:praktisch
        freundlich:freundlich freundlichkeit:freundlich möglichkeit:moglich
        möglichkeiten:moglich wahrheit:wahrheit gesundheit:gesund schönheit:schonheit
        verfügbarkeit:verfugbar zuständigkeit:zustand sauberkeit:sauber heiterkeit:heiter
        ewigkeit:ewig bestätigung:bestat bestätigen:bestat bedeutend:bedeut bedeutende:bedeut
        abwesend:abwes lesend:lesend gehend:gehend vereinigung:verein heiligung:heilig
        königlich:konig königlichen:konig ruhig:ruhig ruhigen:ruhig mutig:mutig ledig:ledig
        kritik:kritik kritiken:kritik aufsässig:aufsass gelobt:gelobt geplant:geplant
        gerettet:gerett getickt:getickt getrennt:getrennt angemeldet:angemeld
        abgemeldet:abgemeld geordnet:geordnet international:international intern:int
        eigentlich:eigent hoffentlich:hoffent natürlich:natur glücklich:glucklich
        unglücklich:ungluck queue:queu quelle:quell quellen:quell bauer:bau bauern:bau mauer:mau
        neue:neu treue:treu bayern:bay feuer:feu teuer:teu aufeinanderfolge:aufeinanderfolg
        aufeinanderfolgenden:aufeinanderfolg kategorie:kategori kategorien:kategori maerz:marz
        märz:marz moegen:mog müssen:muss muessen:muss fragt:fragt fragst:frag fragten:fragt
        kaufst:kauf kauftest:kauft gekauft:gekauft kaufte:kauft laufen:lauf läuft:lauft
        läufst:lauf kinder:kind kindern:kind kindes:kind verständnis:verstandnis
        verständnisse:verstandnis peter's:peter andrea':andrea hans'sch:hans
        sanktionieren:sanktioni untrinkbarem:untrinkbar schnörkelnd:schnorkelnd
        sammelgütern:sammelgut symposien:symposi verschickende:verschick ersatzräumen:ersatzraum
        erfrischendes:erfrisch tapeziererinnen:tapezi seins:sein wiedergebender:wiedergeb
        waldweg:waldweg erhältlichkeiten:erhalt bekundetet:bekundet rostende:rostend
        indossierenden:indossier dramaturgischer:dramaturg behandelung:behandel
        unbegabteres:unbegabt wohlfeil:wohlfeil anspülten:anspult verwahrlosen:verwahrlos
        neurowissenschaften:neurowissenschaft sauberere:sauber zuordnenden:zuordnend
        wartungsfreundlichem:wartungsfreund zueinanderfindendem:zuinanderfind
        eingebautem:eingebaut weitester:weit abspecktest:abspeckt tönender:tonend
        aufzufassendem:aufzufass aufriss:aufriss angsterregend:angsterreg erschlagendem:erschlag
        gerbereien:gerberei viehzüchterinnen:viehzucht andauern:andau schnapsideen:schnapside
        kleineres:klein reitende:reitend versperr:versperr europaparlament:europaparlament
        tolerantestem:tolerant gehaltreichste:gehaltreich zahnarztbehandlung:zahnarztbehandl
        hochlegen:hochleg stilübung:stilub abgeladenem:abgelad zuschmiert:zuschmiert
        bauprojekt:bauprojekt scheute:scheut zurückbekommener:zuruckbekomm
        herausziehbar:herausziehbar oxidationsschutzes:oxidationsschutz
        unkonzentrierten:unkonzentriert bankleitzahl:bankleitzahl gewölbten:gewolbt
        kaltschmiedete:kaltschmied gedankenblitz:gedankenblitz tauchtet:taucht
        hingehendes:hingeh anblasendes:anblas ausgestopften:ausgestopft unzüchtigem:unzucht
        beweggrund:beweggrund nuklearsprengköpfen:nuklearsprengkopf bewahrtem:bewahrt
        hinunterreicht:hinunterreicht münzendes:munzend ausfilternder:ausfilternd
        abtreiben:abtreib abbindenden:abbind flüchtend:fluchtend firmierten:firmiert
        aufbrühst:aufbruh schwarzbrote:schwarzbrot missbrauchendem:missbrauch
        niedergeknüppelten:niedergeknuppelt porsches:porsch auslosest:auslos
        verarbeitetest:verarbeitet wiedereinnehmend:wiedereinnehm fachgespräche:fachgesprach
        übernommenem:ubernomm hauptfriedhofes:hauptfriedhof konvergenzen:konvergenz
        bedrucktet:bedruckt jahresgehälter:jahresgehalt kompilierens:kompilier
        abspiegelndes:abspiegelnd passagierdampfers:passagierdampf brennenderen:brennend
        deserteurinnen:deserteurinn geschwächte:geschwacht beschreibungstext:beschreibungstext
        abonnierbarem:abonnierbar aufsammeltest:aufsammelt schnippischer:schnippisch
        spastiken:spastik entlaufenen:entlauf unterwegs:unterweg ernenne:ernenn ruhmes:ruhm
        särge:sarg erschütterndste:erschutternd deckmantels:deckmantel polsters:polst
        zerfließendem:zerfliess motztet:motzt boykottierende:boykottier nettobetrags:nettobetrag
        postverträgen:postvertrag flugverläufen:flugverlauf abbiegerinnen:abbieg
        hauptgericht:hauptgericht versuchsingenieurs:versuchsingenieur infineon:infineon
        abzurutschendes:abzurutsch flanierende:flanier erlebend:erleb neinsagerinnen:neinsag
        volkswirtes:volkswirt zeitlaufs:zeitlauf verhunzender:verhunz bescheinigtem:bescheinigt
        ansteigend:ansteig durchflussquerschnitte:durchflussquerschnitt flutschten:flutscht
        religiöse:religios gong:gong ablehnbarer:ablehnbar vorversuche:vorversuch
        knirschen:knirsch hommage:hommag mühelosest:muhelos ausmaltest:ausmalt ausredeten:ausred
        begriffsbestimmung:begriffsbestimm finanzamts:finanzamt vermeldete:vermeld
        wucherische:wucher geräteeinheiten:gerateein abstandswerten:abstandswert
        viszerale:viszeral maßgebliche:massgeb messdatenkontrolle:messdatenkontroll
        weitergespieltes:weitergespielt sauferei:sauferei dahingestellter:dahingestellt
        verscherz:verscherz solaranlage:solaranlag vergiftete:vergift devisenmärkte:devisenmarkt
        mörtelgeruches:mortelgeruch erbverzicht:erbverzicht wichsendes:wichsend
        eifersucht:eifersucht iteriertes:iteriert gebildetster:gebildet
        vorweihnachtstage:vorweihnachtstag gestreckte:gestreckt ersatzflamme:ersatzflamm
        eingekleideter:eingekleid wiederauflebt:wiederauflebt unruhigerer:unruh
        exotischster:exot nachgemessen:nachgemess skalierfaktoren:skalierfaktor
        vorausbezahlenden:vorausbezahl auszubessernden:auszubessernd prallt:prallt
        arbeitnehmerfreundliches:arbeitnehmerfreund besticktest:bestickt bewölkens:bewolk
        annoncierender:annoncier taschenrechnergewandte:taschenrechnergewandt
        giftzahnes:giftzahn gemaßregelt:gemassregelt nadeldruckers:nadeldruck
        globalhaftung:globalhaft potenter:potent verwerflichstem:verwerf
        springbrunnen:springbrunn hochfährt:hochfahrt totalitäres:totalitar
        entflammtest:entflammt ausgekohlten:ausgekohlt consulter:consult gebilligtes:gebilligt
        shirley:shirley unterwäsche:unterwasch zulässt:zulasst wasserballspiele:wasserballspiel
        walzendem:walzend ausrangierenden:ausrangier heribert:heribert flottmachst:flottmach
        feldstecher:feldstech absägendem:absag ausgelötetem:ausgelot hasardeure:hasardeur
        pedale:pedal ritualisiert:ritualisiert gesteinen:gestein aufschwingender:aufschwing
        apologeten:apolog entgegenwachsendes:entgegenwachs herumspielendem:herumspiel
        maßstäbliche:massstab umgerechneten:umgerechn verfassungsrechts:verfassungsrecht
        defragmentiertes:defragmentiert beilegte:beilegt lästernd:lasternd
        direktabschlüsse:direktabschluss rüttelnd:ruttelnd kollertest:kollert
        zurückschauderte:zuruckschaudert transportablen:transportabl verpackender:verpack
        domestizierens:domestizier versehrtheit:versehrt angewählten:angewahlt
        abwerfbare:abwerfbar seeoffiziers:seeoffizi limonaden:limonad jemen:jem
        angemaßtem:angemasst achttausend:achttaus verzolltet:verzollt wortgetreuester:wortgetreu
        aussagefähiges:aussagefah sittsamer:sittsam ausfällst:ausfall jagst:jagst
        kaskadiertet:kaskadiert dickichts:dickicht auslandsreise:auslandsreis
        ausschlaggebenderen:ausschlaggeb sauerkraut:sauerkraut unfundierten:unfundiert
        masturbierte:masturbiert anwinkele:anwinkel dauerkurzschluss:dauerkurzschluss
        kribbeltet:kribbelt lebensgesetzes:lebensgesetz baumwollproduktion:baumwollproduktion
        schönere:schon ausverkaufte:ausverkauft planungsausschüssen:planungsausschuss
        andeutest:andeut stimmrechtes:stimmrecht verfliegender:verflieg abserviert:abserviert
        wendigerem:wendig zuschauten:zuschaut monikas:monikas mitteilbaren:mitteilbar
        vermeinendem:vermein absatzzahl:absatzzahl vorschiebenden:vorschieb ausladendem:auslad
        autobusreifen:autobusreif behandelnder:behandelnd würzten:wurzt bonbonfarbene:bonbonfarb
        gluckertest:gluckert pilzförmiges:pilzform kognakfarbiger:kognakfarb
        nachgestandenes:nachgestand verlebender:verleb schieflachtet:schieflacht
        reiswaffeln:reiswaffel schmelztest:schmelzt undistanzierter:undistanziert
        barschaften:barschaft toastet:toast telefonischem:telefon anblinzelnd:anblinzelnd
        irrsinnigst:irrsinn viszeralem:viszeral beerdigst:beerdig signalrote:signalrot
        adressierungen:adressier gedrängten:gedrangt blechkanistern:blechkanist
        stephansdom:stephansdom wandelbarsten:wandelbarst zusammenheilender:zusammenheil
        spaltest:spalt glaubst:glaub abpralltet:abprallt materialvorbereitung:materialvorbereit
        illegalen:illegal dreiviertelstündige:dreiviertelstund überwerfendes:uberwerf
        wachlokalen:wachlokal fegefeuer:fegefeu tischkarte:tischkart einzuzahlend:einzuzahl
        krisensichere:krisensich zusammengezucktem:zusammengezuckt rentiere:renti
        steuerprüfung:steuerpruf gepuffert:gepuffert klerus:klerus oraler:oral
        zweihändige:zweihand getauschter:getauscht fachgruppentreffen:fachgruppentreff
        wohinter:wohint quenglern:quengl falzbarer:falzbar folkloristischem:folklorist
        musikkritik:musikkrit freizügigeres:freizug vermischendes:vermisch kanister:kanist
        fischhändlern:fischhandl diagnostiziert:diagnostiziert deselektierbarer:deselektierbar
        steinchens:steinch lauch:lauch anschließenden:anschliess aufzuwendender:aufzuwend
        herausgestrichene:herausgestrich einzuschleusende:einzuschleus blecheimer:blecheim
        sachdienlicher:sachdi schwerstkrimineller:schwerstkriminell
        heranschaffbare:heranschaffbar folgewidriger:folgewidr pflegeleichtestem:pflegeleicht
        monopolkapitalismus:monopolkapitalismus wertem:wert torverhältnisses:torverhaltnis
        standardisieren:standardisi überfließend:uberfliess kaltziehende:kaltzieh
        weltsprache:weltsprach sardellen:sardell kaufkredit:kaufkredit ausrutschst:ausrutsch
        anflogt:anflogt herauswagt:herauswagt vorkaust:vorkaust anspielbares:anspielbar
        überwinterter:uberwintert herumballernde:herumballernd verdächtigender:verdacht
        leistbarem:leistbar intransitives:intransitiv zubeißend:zubeiss urteilsfähige:urteilsfah
        abzuheben:abzuheb zehnminütiger:zehnminut dezentralisierende:dezentralisier
        ordnungswidrigkeiten:ordnungswidr schaltschrank:schaltschrank ersatzstoff:ersatzstoff
        aktualisierter:aktualisiert halbjährigen:halbjahr gelehrigere:gelehr
        doppelpacks:doppelpack appliziertem:appliziert wiederbringenden:wiederbring
        bollerwagen:bollerwag rosaroter:rosarot bewässertest:bewassert
        wiedergenesend:wiedergenes umstrukturierter:umstrukturiert zurückdatiertem:zuruckdatiert
        zahlreichem:zahlreich maßgerecht:massgerecht ausweislicher:ausweis
        fabelpferdes:fabelpferd fahrigem:fahrig segnen:segn gleichgemacht:gleichgemacht
        entrückte:entruckt abnimmt:abnimmt schwuppdiwupp:schwuppdiwupp umsortieren:umsorti
        anhänglicher:anhang entschlackst:entschlack gammeliges:gammel
        heimatlizenzurkunde:heimatlizenzurkund kurzfassende:kurzfass unbeschränkt:unbeschrankt
        totschlages:totschlag stolpert:stolpert walzwerken:walzwerk eingeschiffte:eingeschifft
        nebelhaftestes:nebelhaft fußtritt:fusstritt bedrückte:bedruckt
        pasteurisiertem:pasteurisiert nachgebt:nachgebt davonmacht:davonmacht sabotage:sabotag
        scanners:scann expertenkommissionen:expertenkommission werkstücke:werkstuck
        abgetropfter:abgetropft mitbestellenden:mitbestell unglückszugs:ungluckszug
        verbündet:verbund zuhängen:zuhang stresste:stresst krächztet:krachzt schmälstes:schmal
        kleinlaute:kleinlaut zugenommenes:zugenomm fernschriftliche:fernschrift
        berieseltet:berieselt zeitdimension:zeitdimension bürokratischer:burokrat
        flächeninhaltes:flacheninhalt gerichtsmedizinisch:gerichtsmedizin
        nachstellendes:nachstell befallenen:befall ironischerer:iron unakademischeres:unakadem
        kaufmann:kaufmann grummle:grumml absteigendes:absteig lagen:lag stuten:stut
        banausentums:banausentum ankämpfende:ankampf rekognosziere:rekognoszi
        kriegsuntauglicher:kriegsuntaug unheimliches:unheim praktiziertest:praktiziert
        herantragender:herantrag speisende:speisend amtierender:amtier freies:freies
        aufzutrennen:aufzutrenn publizistisch:publizist angewöhnende:angewohn
        emporkommst:emporkomm umordneten:umordn konservierendem:konservier dompteuse:dompteus
        schweitzers:schweitz durchquerend:durchquer textprogramm:textprogramm
        tintenklecksen:tintenklecks übertünchtet:ubertuncht reinschnuppere:reinschnupp
        staatsschatzes:staatsschatz verklappe:verklapp bebaubarer:bebaubar
        frotteemantel:frotteemantel reichslehen:reichsleh tuchhändlerinnen:tuchhandl
        untersteuerung:untersteuer hinterginge:hinterging unvirtuoses:unvirtuos
        wühlender:wuhlend einschaltquoten:einschaltquot traversierter:traversiert
        teilnahmsvollster:teilnahmsvoll unumkehrbarkeit:unumkehrbar gleichstellende:gleichstell
        jaworts:jawort überbrachtest:uberbracht moderierten:moderiert vorspannendem:vorspann
        filetierte:filetiert informationsbüros:informationsburos dorns:dorn
        unermüdlichen:unermud trinkbranntwein:trinkbranntwein heimwegs:heimweg
        verflüchtigt:verfluchtigt sternhagelvollen:sternhagelvoll fantastischeren:fantast
        paula:paula umweltschützenden:umweltschutz blutspender:blutspend
        stromerzeugers:stromerzeug abgenabelten:abgenabelt vordergründigen:vordergrund
        mitdachten:mitdacht aluminiumproduzenten:aluminiumproduzent unbedachteres:unbedacht
        anwachsen:anwachs testlauf:testlauf nummertet:nummert unentschiedenstes:unentschieden
        unzulässigkeit:unzulass bußpredigt:busspredigt springseil:springseil
        beizutragenden:beizutrag eintrocknenden:eintrockn ausdehnungsmöglichkeit:ausdehnungsmog
        unbegehbarer:unbegehbar schlachtete:schlacht pfingstwochenende:pfingstwochen
        opernchorschule:opernchorschul haschenden:haschend
        geschwindigkeitsübertretungsverfahrens:geschwindigkeitsubertretungsverfahr
        schätzenswerterer:schatzenswert stadtgebieten:stadtgebiet dachs:dach kraftwerk:kraftwerk
        ratifizierendem:ratifizier selbstgenügsames:selbstgenugsam tropenfestest:tropenfest
        kapitalverkehr:kapitalverkehr bewirtschaftete:bewirtschaft erstellerin:erstell
        poolbillards:poolbillard weggefallenes:weggefall anbehaltet:anbehalt grenznahen:grenznah
        dauere:dau affirmiert:affirmiert angsterfülltem:angsterfullt eröffnendes:eroffn
        einbläuendes:einblau gasmaske:gasmask abriegelns:abriegel herzutreibendem:herzutreib
        kernigere:kernig leserlichem:les geschehendes:gescheh wegzugebend:wegzugeb
        stichworts:stichwort betankten:betankt stillstandszeit:stillstandszeit
        verlässlichst:verlass bückst:buck tadelte:tadelt weißbiere:weissbi getauchter:getaucht
        extravagantestem:extravagant umfülltet:umfullt redaktionsgebäuden:redaktionsgebaud
        agnostikern:agnost missgönnt:missgonnt wirtschaftern:wirtschaft pfalz:pfalz
        umarmtem:umarmt waschtrog:waschtrog eingestandene:eingestand
        unautorisierten:unautorisiert fenstergläsern:fensterglas
        willenserklärungen:willenserklar umschichtete:umschicht wärmeleiters:warmeleit
        freigebenden:freigeb umbringt:umbringt fortlassenden:fortlass
        uneingeschnappte:uneingeschnappt wachgerufene:wachgeruf versanden:versand
        dichterischen:dichter gegengewichtslosen:gegengewichtslos widerscheine:widerschein
        künstlicherem:kunstlich entwurzelnder:entwurzelnd kampfgebiete:kampfgebiet
        vorangeschrittener:vorangeschritt kalte:kalt etablierende:etablier
        freibankfleisch:freibankfleisch essensbestellungen:essensbestell benzin:benzin
        departement:departement gemütlicherem:gemut dekrets:dekr befeuertest:befeuert
        grauenerregendstes:grauenerreg nachgeahmt:nachgeahmt beobachtbare:beobachtbar
        reaktionsfreudigen:reaktionsfreud praxisferneres:praxisfern
        uneingetauchter:uneingetaucht codezeichen:codezeich familienähnlichkeit:familienahn
        odem:odem widerspenstiges:widerspenst abwehrte:abwehrt bemusterndes:bemusternd
        fantasievollst:fantasievoll verdrahtetem:verdraht linearmotoren:linearmotor
        lustigstes:lustig bombastische:bombast stülpe:stulp wohlgerüche:wohlgeruch
        krümelnd:krumelnd strichätzung:strichatz erogenem:erog ausgeweitete:ausgeweit
        sistierter:sistiert betriebsverluste:betriebsverlust aktienanlage:aktienanlag
        anlageproblems:anlageproblem unliniertes:unliniert wahrheitsgetreuerem:wahrheitsgetreu
        teleskope:teleskop verbummeltest:verbummelt simpler:simpl durchfütternd:durchfutternd
        erreichenswerter:erreichenswert erfragt:erfragt bodenreform:bodenreform
        feldfreier:feldfrei empfindlichste:empfind eingefunden:eingefund
        hervorgeragt:hervorgeragt übergestülptem:ubergestulpt beliebe:belieb
        verkrachtes:verkracht auftreffe:auftreff derivats:derivat schmalbandige:schmalband
        austüfteltet:austuftelt benutzendes:benutz klemmender:klemmend nachwelt:nachwelt
        schreinerei:schreinerei protestantische:protestant tenorhornist:tenorhornist
        leistungsverfall:leistungsverfall quadratmetern:quadratm fistelstimmen:fistelstimm
        virtualisierbar:virtualisierbar migrantenkind:migrantenkind
        abschlusszeichen:abschlusszeich wladimirs:wladimir anschnauze:anschnauz
        faltigster:faltig entwürdigt:entwurdigt papierpositionierung:papierpositionier
        schadhaftigkeiten:schadhaft lombardei:lombardei meisen:meis organischerer:organ
        euphemistischer:euphemist vorbestellender:vorbestell einschätzung:einschatz
        belegende:beleg tastenüberblick:tastenuberblick abspülen:abspul
        kinderreichstes:kinderreich baumeltest:baumelt wiedereingliedert:wiedereingliedert
        optimierungsmaßnahme:optimierungsmassnahm verdingtet:verdingt viehseuchen:viehseuch
        ersparnis:ersparnis stumpfere:stumpf verpfeife:verpfeif kreideten:kreid gondel:gondel
        hereinkommend:hereinkomm botschafterwechsel:botschafterwechsel
        eingetrocknetstes:eingetrocknet originellstem:originell demoliertes:demoliert
        kochern:koch unbehauenem:unbehau mehrstelliges:mehrstell radarwarnnetzes:radarwarnnetz
        entzweigehendes:entzweigeh ortens:ort feststeckt:feststeckt erfüllt:erfullt
        kriegers:krieg immunisierenden:immunisier schuppte:schuppt beschmierendem:beschmier
        abnagendes:abnag leuchtdiodenkontrolle:leuchtdiodenkontroll wöchentlichen:wochent
        weltabgeschiedene:weltabgeschied arrogante:arrogant gefängnisses:gefangnis
        heimwehkrankes:heimwehkrank zweiseitigen:zweiseit hänschens:hansch kopfläuse:kopflaus
        fortgestohlenes:fortgestohl zusammengestandenen:zusammengestand osmanisch:osman
        verdienstausfalles:verdienstausfall erachtetes:eracht umnummerierst:umnummerierst
        ausstopftet:ausstopft nachrichtensendungen:nachrichtensend
        telegraphenämter:telegraphenamt sternenforschers:sternenforsch zeitzünder:zeitzund
        flutsche:flutsch brühender:bruhend neudeutschem:neudeutsch vergnügendes:vergnug
        afghanisches:afghan bockig:bockig warschauerinnen:warschau
        bewegungsspielräume:bewegungsspielraum geldmangel:geldmangel
        gleichzuschaltenden:gleichzuschalt rettungen:rettung nörgelt:norgelt
        stutzerhaftes:stutzerhaft assisi:assisi eurowährung:eurowahr
        zionistenkongresse:zionistenkongress missglücke:missgluck abnormalere:abnormal
        bergbautechnisch:bergbautechn goutierst:goutierst getreideltes:getreidelt
        heraufschieben:heraufschieb kreditsuchendes:kreditsuch ungreifbare:ungreifbar
        unbewölkt:unbewolkt symphonien:symphoni physischem:physisch trabtet:trabt
        verbohrender:verbohr beruht:beruht wählbar:wahlbar rezipierst:rezipierst
        zerpflückter:zerpfluckt aussperrendem:aussperr ungewohnt:ungewohnt verwüstungen:verwust
        züchtigendem:zuchtig anzufertigender:anzufert mündelsicheres:mundelsich
        eingetauschten:eingetauscht möbiusband:mobiusband schwindeligem:schwindel
        einzuschlagender:einzuschlag stauchens:stauch uneingedeutschter:uneingedeutscht
        vorzüglicher:vorzug verweserin:verwes aufopferndem:aufopfernd pusche:pusch
        starkstromkabel:starkstromkabel postulierend:postulier heu:heu tugendreichem:tugendreich
        nisten:nist verzeichnetem:verzeichn jubiläumstreffer:jubilaumstreff
        marathonsitzung:marathonsitz umgarnender:umgarn hinaufgestiegenen:hinaufgestieg
        smileys:smileys zurückdrängender:zuruckdrang hauptfehler:hauptfehl
        unverhofften:unverhofft hervorzubringenden:hervorzubring zutraut:zutraut
        holunderbaums:holunderbaum alsdann:alsdann abschwächen:abschwach geschlaucht:geschlaucht
        verreiben:verreib anteilig:anteil wirtschaftendem:wirtschaft einfassung:einfass
        paraphierten:paraphiert nachsenden:nachsend auferwecktes:auferweckt
        kaltherzigste:kaltherz niedermähenden:niedermah aseptischen:asept
        verlobungsanzeige:verlobungsanzeig kasserolle:kasseroll ausmistender:ausmist
        fußballplatzes:fussballplatz puritanischer:puritan sendedaten:sendedat
        getrenntem:getrennt gesamtgeschichte:gesamtgeschicht anzukurbelndes:anzukurbelnd
        trennungslinie:trennungslini bergbesteigung:bergbesteig schulkenntnisse:schulkenntnis
        druckknöpfe:druckknopf geschleißt:geschleisst vorausdenkend:vorausdenk bohnerst:bohnerst
        assemblierten:assembliert welterfahrenes:welterfahr planungschefs:planungschef
        schatzsucher:schatzsuch brennbarer:brennbar feinheit:feinheit aufbiegen:aufbieg
        liebgewordenem:liebgeword tätigkeitsfeldes:tatigkeitsfeld eigenwilliges:eigenwill
        charakterlosestes:charakterlos machtlosester:machtlos resozialisierst:resozialisierst
        diversifiziertest:diversifiziert zylinderwand:zylinderwand planloseren:planlos
        schattens:schatt virulentes:virulent grundgesetz:grundgesetz xerographiere:xerographi
        ponys:ponys mai:mai umgekehrtes:umgekehrt diensteanbietern:diensteanbiet
        hintergangenem:hintergang datenbasiertes:datenbasiert gemaßregeltem:gemassregelt
        silberhell:silberhell bloßzustellend:blosszustell stringüberprüfungen:stringuberpruf
        interpretierendes:interpretier suppenwürfel:suppenwurfel wendigstem:wendig
        lohnbedingung:lohnbeding heranfahrendes:heranfahr heerscharen:heerschar
        vorstufen:vorstuf vehementem:vehement versteigerinnen:versteig erschallenden:erschall
        wirtschaftsbotschaft:wirtschaftsbotschaft herauszuziehender:herauszuzieh
        gemütvolle:gemutvoll ersatzinvestitionen:ersatzinvestition gestattens:gestatt
        streichhölzchen:streichholzch zukneifendes:zukneif exekutivrat:exekutivrat anraten:anrat
        widerstrebt:widerstrebt aufsperrenden:aufsperr ablaufsteuerung:ablaufsteuer
        haussiers:haussi grauenhaftes:grauenhaft programmiertest:programmiert
        altbabylonisch:altbabylon weitreichendsten:weitreich anlächeltet:anlachelt
        besoldender:besold fungieren:fungi unehrerbietig:unehrerbiet
        herauszufordern:herauszuford auslassendes:auslass bedauernswertesten:bedauernswert
        überschüttendes:uberschutt einheitskandidat:einheitskandidat unionistin:unionistin
        gehäuftes:gehauft wilderndes:wildernd migrieren:migri sollkurve:sollkurv
        serialisierendem:serialisier leihwagens:leihwag flamingo:flamingo kornfeldern:kornfeld
        kubierte:kubiert stapellaufs:stapellauf demontierend:demontier
        ausreisegenehmigung:ausreisegenehm bub:bub ruhendes:ruhend weißwaschen:weisswasch
        flussstützpunkte:flussstutzpunkt rezipierenden:rezipier produktspezifische:produktspezif
        goldmärkte:goldmarkt nachsprechenden:nachsprech durchzwängend:durchzwang
        meckernde:meckernd ehrengasts:ehrengast zumutete:zumut verwickelnde:verwickelnd
        klassenkämpfen:klassenkampf hinunterreiche:hinunterreich
        ungerechtfertigtes:ungerechtfertigt erfahrenheit:erfahr prämiieren:pramii
        zungenförmigen:zungenform meeresbiologie:meeresbiologi verladet:verlad
        schmachvolleres:schmachvoll kirchenchors:kirchenchor auszubeutende:auszubeut
        uneinnehmbarste:uneinnehmbarst bankenausschusses:bankenausschuss
        radioansagerin:radioansag usurpatorinnen:usurpatorinn verbohre:verbohr
        sonnenkult:sonnenkult schmutzender:schmutzend hänsele:hansel abladend:ablad
        aussortierendem:aussortier irrigen:irrig flyers:flyer zusatzgewinne:zusatzgewinn
        vorausgehendem:vorausgeh badendem:badend induziertes:induziert startes:start
        knabbern:knabb herunterzubringende:herunterzubring dreisatz:dreisatz freihäfen:freihaf
        linksliberal:linksliberal zurückstecken:zurucksteck klickgeräuschs:klickgerausch
        marktwirtschaftlern:marktwirtschaftl bravster:bravst kessest:kess
        rekompiliertet:rekompiliert verdeckenden:verdeck verunglimpfender:verunglimpf
        herdstelle:herdstell regelmäßigen:regelmass umformers:umform infraroten:infrarot
        schildausbausteuerung:schildausbausteuer karamboliertest:karamboliert
        fronleichnams:fronleichnam normativen:normativ tetraeder:tetrad gespiegelter:gespiegelt
        batteriespannung:batteriespann lächeltest:lachelt marathonläufern:marathonlauf
        akribischen:akrib machtpolitische:machtpolit überstellbarem:uberstellbar
        neugriechisches:neugriech verpfändens:verpfand
        nachfolgegesellschaft:nachfolgegesellschaft etikettierungen:etikettier
        urlandschaften:urlandschaft nachsuchende:nachsuch unbezwingbaren:unbezwingbar
        eignungsprüfungen:eignungspruf versprechung:versprech unzufriedenere:unzufrieden
        entkriminalisieren:entkriminalisi entgleitest:entgleit beglückt:begluckt
        schallend:schallend herumgestrolcht:herumgestrolcht adressenliste:adressenlist
        frontalen:frontal terrassenförmiges:terrassenform auflegte:auflegt
        unerbittliches:unerbitt eingeläutetes:eingelaut verbitterteres:verbittert
        hollands:holland adretterer:adrett zugelaufenen:zugelauf
        presseorganisationen:presseorganisation verlotternden:verlotternd ungeduldigere:ungeduld
        inkompatiblen:inkompatibl unfachmännische:unfachmann basisrate:basisrat
        konkretisierbarer:konkretisierbar badegelegenheit:badegeleg helenes:hel betraten:betrat
        kabellosem:kabellos bauingenieuren:bauingenieur allergikerin:allerg
        wochenweise:wochenweis zulötendes:zulot drohte:droht
        beratungsgesellschaft:beratungsgesellschaft zonenregierung:zonenregier
        preisgefälle:preisgefall geschmackssinnes:geschmackssinn
        friedensliebenderem:friedenslieb spießgesellen:spiessgesell
        transistorisierend:transistorisier koreakrieges:koreakrieg schlackigeren:schlackig
        nenngrößen:nenngross lastenaufzugs:lastenaufzug kopflosestes:kopflos
        komponiertes:komponiert überfragender:uberfrag didaktik:didakt
        stammesgeschichtlichen:stammesgeschicht spesenkonto:spesenkonto
        unappetitlicherer:unappetit auslandsvertretungen:auslandsvertret weggeräumt:weggeraumt
        anzuziehendem:anzuzieh patentierbaren:patentierbar zwickend:zwickend landen:land
        abgegebener:abgegeb mitgliedsbeitrags:mitgliedsbeitrag begegnungen:begegn
        schnellfüßigem:schnellfuss undramatischere:undramat zahmeres:zahm
        aktiengesellschaften:aktiengesellschaft trickreiches:trickreich lärmigere:larmig
        abmahnbarem:abmahnbar bibbere:bibb praxiserprobtes:praxiserprobt posteriori:posteriori
        durcheinandergebrachtem:durcheinandergebracht geschnarcht:geschnarcht
        einlagert:einlagert wohlverdientestem:wohlverdient missdeutenden:missdeut
        einzeichnetet:einzeichnet kegelte:kegelt ferieninseln:ferieninsel
        nachplappert:nachplappert programmatisches:programmat ulkigstes:ulkig
        hinzustellender:hinzustell helvetische:helvet aufrechne:aufrechn
        schwesterliebe:schwesterlieb interniere:interni bocuses:bocus
        industrialisierendem:industrialisier zinsverlust:zinsverlust einblicks:einblick
        entschwebe:entschweb aufwendig:aufwend schirmherrinnen:schirmherrinn abtupfender:abtupf
        vernichter:vernicht silbenmaß:silbenmass ankamt:ankamt judoverband:judoverband
        bewohnerinnen:bewohn extraktion:extraktion erfragtem:erfragt lohns:lohn
        fraglichst:fraglich verschlügen:verschlug geistliches:geistlich
        vierdimensionale:vierdimensional schwingt:schwingt verunglimpftest:verunglimpft
        säbelchens:sabelch fächelndem:fachelnd rentierlichem:renti ergebener:ergeb herum:herum
        obrist:obrist empfindsamerem:empfindsam jeanstyp:jeanstyp wetterfühligste:wetterfuhl
        ungenauester:ungenau unhörbare:unhorbar sicherheitseigenschaften:sicherheitseigenschaft
        griechenland:griechenland sonnenbades:sonnenbad obstbrennereien:obstbrennerei
        kriegsverwüstung:kriegsverwust zusammenkaufte:zusammenkauft ungeheuerstem:ungeheuerst
        beinprothesen:beinprothes skandalpresse:skandalpress fristsetzung:fristsetz
        normalfalls:normalfall artenarmen:artenarm fragmentierendes:fragmentier
        dereferenzierbares:dereferenzierbar mutigeren:mutig typenschildern:typenschild
        testamentarisches:testamentar herabsetztet:herabsetzt aufloderndes:auflodernd
        zurückverlangt:zuruckverlangt gelenkigsten:gelenk abnötigtest:abnotigt schwülen:schwul
        merkmalsreduktion:merkmalsreduktion rüffelten:ruffelt geschäftigsten:geschaft
        prallerer:prall vorgebrachtes:vorgebracht eingabedaten:eingabedat picken:pick
        einfuhrbewilligung:einfuhrbewill kennzeichnetet:kennzeichnet drängenderen:drangend
        gratulierend:gratulier testtiefe:testtief deduzierende:deduzier wundernde:wundernd
        wegtretender:wegtret halbnackt:halbnackt testflug:testflug umsegelter:umsegelt
        auffangregistern:auffangregist durchzusägendes:durchzusag verfahrene:verfahr
        entpackendes:entpack abdriftet:abdrift fenstersims:fenstersim
        durchschimmerndem:durchschimmernd darmgeschwüren:darmgeschwur ballernde:ballernd
        lebensfeindlichster:lebensfeind hauptmann:hauptmann wankelmut:wankelmut tänze:tanz
        bepflanzt:bepflanzt siebenjährigem:siebenjahr schulunterrichts:schulunterricht
        bande:band versandbereiten:versandbereit uneingewebtem:uneingewebt subkutanen:subkutan
        industrielle:industriell abzugreifenden:abzugreif
        erläuterungsbedürftig:erlauterungsbedurft planlosere:planlos erwerbsleben:erwerbsleb
        behebungen:beheb reinschnuppre:reinschnuppr filmkamera:filmkamera anlachender:anlach
        uneingetrocknetste:uneingetrocknet perversität:perversitat
        truppentransporters:truppentransport standhafteres:standhaft eingebeultere:eingebeult
        jahrtausendelangen:jahrtausendelang kampfunfähigem:kampfunfah italienischem:italien
        orientierende:orientier aussondern:aussond unterernährterer:unterernahrt
        inkriminiert:inkriminiert schrillte:schrillt zwischenfrage:zwischenfrag
        ausformulierbar:ausformulierbar loseisender:loseis
        ausreiseerlaubnissen:ausreiseerlaubnis donnernd:donnernd betriebsausflug:betriebsausflug
        zwölffachen:zwolffach neigung:neigung überschmierender:uberschmier schlüpfst:schlupf
        buxtehude:buxtehud zuordnetest:zuordnet rinnsteinen:rinnstein absatzfähigen:absatzfah
        miteinbeziehende:miteinbezieh sehne:sehn geleimt:geleimt hochgebildeter:hochgebild
        uruguayerinnen:uruguay blinkst:blink schiffsarztes:schiffsarzt abmustere:abmust
        festsitzender:festsitz wasserhahn:wasserhahn echauffierende:echauffier
        hinterherrennt:hinterherrennt widerrechtlichere:widerrecht missmutigste:missmut
        unbeschäftigteres:unbeschaftigt hydraulikverbesserung:hydraulikverbesser
        konzessionierung:konzessionier namensschilder:namensschild untadeliger:untadel
        zwergstaat:zwergstaat bedienungselementen:bedienungselement
        gleichspannungsquelle:gleichspannungsquell erntemaschinen:erntemaschin
        fallschirmabsprungs:fallschirmabspr mitbegründet:mitbegrund
        bezugspotenzialen:bezugspotenzial knox:knox iranische:iran hellgelb:hellgelb
        unzugängliche:unzugang schwangerschaftsunterbrechung:schwangerschaftsunterbrech
        zahnmedizinisch:zahnmedizin kommandogewalt:kommandogewalt rotzfreches:rotzfrech
        monolithischem:monolith beimengens:beimeng beseht:beseht doppelklicktest:doppelklickt
        weiterempfahlst:weiterempfahl belagerungszuständen:belagerungszustand
        defizitärst:defizitarst übertriebenen:ubertrieb wiedersehensfreuden:wiedersehensfreud
        entschlüpfendem:entschlupf entsperren:entsperr erwiderung:erwider objektivere:objektiv
        ankermanövern:ankermanov schmirgelnde:schmirgelnd begrifflich:begriff
        bescheuertes:bescheuert gangsterin:gang angedrohtem:angedroht einförmigem:einform
        chaotischerem:chaotisch rationeller:rationell ozeandampfer:ozeandampf
        auslegerbewegungen:auslegerbeweg kriechwasser:kriechwass prozentuale:prozentual
        tangierendem:tangier diskussionsveranstaltung:diskussionsveranstalt ziemern:ziem
        fertigerzeugnissen:fertigerzeugnis durchkreuztem:durchkreuzt möbliertes:mobliert
        skelettteile:skelettteil kombinierende:kombinier perfekten:perfekt
        weiterzuleitender:weiterzuleit abspülenden:abspul nutzens:nutz wahnsinniger:wahnsinn
        kardinalfehlers:kardinalfehl geschlechtes:geschlecht zusammenhäuftet:zusammenhauft
        vorrangiger:vorrang umdruckten:umdruckt abzeichnetet:abzeichnet grimmigst:grimmig
        kollision:kollision ernährungsfachleute:ernahrungsfachleut
        kriminalisiertest:kriminalisiert inspiriertet:inspiriert zugebrachtes:zugebracht
        rekurriere:rekurri betrinken:betrink unterhöhlender:unterhohl mitgelaufene:mitgelauf
        fernschreibern:fernschreib säuselst:sausel komplexeren:komplex
        hochgebirgswanderung:hochgebirgswander besorgter:besorgt völkerkundlerin:volkerkundl
        eingejagtes:eingejagt gewärmtem:gewarmt unbehaglicherem:unbehag hypothetischem:hypothet
        ungenehmigt:ungenehmigt gehegtem:gehegt ledernem:ledern
        wachstumsprozess:wachstumsprozess stolperst:stolperst teamfähige:teamfah
        dramatisierst:dramatisierst vergegenwärtigtes:vergegenwartigt fabrikneuer:fabrikneu
        testmodus:testmodus exponiertet:exponiert verbis:verbis almosen:almos
        wettrüstetest:wettrustet zusammengepasstem:zusammengepasst
        extrovertierteste:extrovertiert bankpleitenwelle:bankpleitenwell dialektaler:dialektal
        geschepperte:gescheppert senilstem:senil verheimlichten:verheimlicht
        plattformanforderungen:plattformanforder konferenz:konferenz
        knochentrockenen:knochentrock beiderseitig:beiderseit lungere:lung hakenden:hakend
        schmierender:schmierend chancenlos:chancenlos sanierungsmaßnahme:sanierungsmassnahm
        deutschlandmodell:deutschlandmodell gemeinheit:gemein verderbe:verderb
        uneingewechseltes:uneingewechselt unförmiger:unform unverkauften:unverkauft
        aufzurauend:aufzurau unverdächtiger:unverdacht gutteiles:gutteil
        einzufrierendes:einzufrier konkurriertet:konkurriert vogelbeerbaumes:vogelbeerbaum
        durcharbeitenden:durcharbeit bücherborden:bucherbord abgefundenen:abgefund
        hineinziehendem:hineinzieh magenschmerz:magenschmerz geologin:geologin
        verführbares:verfuhrbar maastrichts:maastricht einstandet:einstand
        erhaltengebliebenen:erhaltengeblieb verzahnende:verzahn ungeleimtem:ungeleimt
        ausspionierte:ausspioniert schalldämpfendstem:schalldampf angebeteten:angebet
        ohrfeige:ohrfeig entstammen:entstamm zusammenbauende:zusammenbau dioxin:dioxin
        integrierenden:integrier überblättere:uberblatt modulüberschreitendem:moduluberschreit
        warmherzig:warmherz verstiegt:verstiegt zahnlücken:zahnluck abstuft:abstuft
        eingelagerte:eingelagert fahrtabläufen:fahrtablauf pennäler:pennal
        schuldenfrei:schuldenfrei angeklopftem:angeklopft dreispuriger:dreispur täfel:tafel
        müllwerkern:mullwerk briefmarkensammeln:briefmarkensammel verdickenden:verdick
        ortend:ortend energetischer:energet kontinents:kontinent torfböden:torfbod
        deflationärer:deflationar grüntest:grunt gesamtwirtschaftlichem:gesamtwirtschaft
        verborgenerer:verborgen kommunikationsproblems:kommunikationsproblem auffälliges:auffall
        zeitgenössischer:zeitgenoss anleitest:anleit überbetone:uberbeton drängendste:drangend
        offertenbriefe:offertenbrief sterling:sterling vierfarbiges:vierfarb
        besoldungsproblemen:besoldungsproblem schwapptest:schwappt kursierte:kursiert
        pedal:pedal welkes:welk vatikanstadt:vatikanstadt paarungsverhalten:paarungsverhalt
        herumkreuzt:herumkreuzt sozialisiere:sozialisi schmutzen:schmutz parkartiger:parkart
        rattenplage:rattenplag bravourösen:bravouros veranstalterinnen:veranstalt blöktest:blokt
        tränkendes:trankend kohlestifte:kohlestift tropeninstitut:tropeninstitut tracht:tracht
        radkreuz:radkreuz possessiveres:possessiv aktenkundigen:aktenkund kavaliere:kavali
        aufgekreuztes:aufgekreuzt holunders:holund wasserlöslicherem:wasserlos rascherem:rasch
        mitaufnehmt:mitaufnehmt verwüstete:verwust kerbnägeln:kerbnagel infowände:infowand
        verteuerten:verteuert ausgeschildert:ausgeschildert geschaltetem:geschalt
        charismatischeres:charismat rowdytums:rowdytum gerichtsverfassung:gerichtsverfass
        stressigste:stressig nichterneuerbarer:nichterneuerbar aufbereiteter:aufbereit
        seime:seim betrages:betrag trösterinnen:trost gemurmelt:gemurmelt
        unerschwinglich:unerschwing inniger:innig zurückrufend:zuruckruf neugebildeten:neugebild
        gekennzeichnetes:gekennzeichn ausgehaltener:ausgehalt zweifeln:zweifel
        maßstabsgetreuem:massstabsgetreu unförmigerer:unform praktizierst:praktizierst
        ursprünglicheren:ursprung einsatzbereit:einsatzbereit frönend:fronend
        zuchtbuch:zuchtbuch prasstet:prasst verbaut:verbaut büchermachen:buchermach
        ausklinkst:ausklink bergkette:bergkett tonsur:tonsur davonschleichen:davonschleich
        campus:campus unaufgelöste:unaufgelost verhaltensgestörtere:verhaltensgestort
        sauertöpfischem:sauertopf abblasende:abblas holzerzeugnisses:holzerzeugnis
        gesamtquoten:gesamtquot höchstes:hoch akkumulator:akkumulator klagten:klagt
        emissionsergebnisse:emissionsergebnis aufwändigste:aufwand reißerischen:reisser
        rügender:rugend umgebende:umgeb niederes:nied dosierspritzen:dosierspritz
        liebenswert:liebenswert verrammele:verrammel gefahrlose:gefahrlos
        anzuschließendem:anzuschliess innerstaatlichem:innerstaat anfassend:anfass
        schaltungen:schaltung kabelführung:kabelfuhr intensitätsschwächung:intensitatsschwach
        kirchlicher:kirchlich steuerten:steuert dreiviertelstündiges:dreiviertelstund
        schwül:schwul festnagle:festnagl fehlens:fehl hochzufriedener:hochzufried
        aufputsche:aufputsch eutrophiertes:eutrophiert kampfgebietes:kampfgebiet
        leinwandverstärkten:leinwandverstarkt schwärmen:schwarm abstoßenderer:abstoss
        embryonaler:embryonal wohnliches:wohnlich untypischem:untyp faulenzers:faulenz
        umnummerierung:umnummerier winzigste:winzig geknöpftes:geknopft ersterbendes:ersterb
        artistischeres:artist zuerkennt:zurkennt betriebssituationen:betriebssituation
        innerbetrieblichem:innerbetrieb junggesellin:junggesellin hellrotem:hellrot
        possessivsten:possessivst desolateren:desolat konservativeres:konservativ rinder:rind
        philister:philist auszulegende:auszuleg einzustellenden:einzustell furchtlos:furchtlos
        institutsleiter:institutsleit bummelten:bummelt exkommuniziertes:exkommuniziert
        harmonisiertet:harmonisiert entwirre:entwirr geistlosigkeit:geistlos
        stranguliere:stranguli zuzuschlagend:zuzuschlag hockeys:hockeys heizkissens:heizkiss
        methodistin:methodistin zusammenzählend:zusammenzahl trismus:trismus boomt:boomt
        verselbstständigtet:verselbststandigt testern:test gebräuchlichem:gebrauch
        ignoranter:ignorant entwerfe:entwerf zwirbeltest:zwirbelt fürwahr:furwahr
        herausgetretener:herausgetret dekriminalisierens:dekriminalisier zahlreicheres:zahlreich
        zyklopische:zyklop begreifenden:begreif schmerzhaftestem:schmerzhaft
        ausspionieren:ausspioni reisefertigen:reisefert tödlichem:todlich auspfeifende:auspfeif
        umgeknicktes:umgeknickt anzukaufende:anzukauf abgewogen:abgewog vielfachem:vielfach
        versammeln:versammel heuhaufen:heuhauf unansehnlichste:unansehn
        getreideproduktion:getreideproduktion privatsekretärs:privatsekretar verbringen:verbring
        bedrängnis:bedrangnis einschlafender:einschlaf hilfskraft:hilfskraft erregung:erreg
        geschossene:geschoss entschuldbar:entschuldbar herbstbeginn:herbstbeginn
        ungemindertes:ungemindert amüsiere:amusi erinnerns:erinnern durstigsten:durstig
        angemieteten:angemiet weiterführst:weiterfuhrst schläfrigstes:schlafrig
        verplappre:verplappr musterbild:musterbild abflossen:abfloss stimmigster:stimmig
        aufschlüsselten:aufschlusselt entsperrten:entsperrt aufzuteilender:aufzuteil
        unterbindendes:unterbind zerrüttendem:zerrutt lore:lor kegelabende:kegelab
        zusammenaddiertest:zusammenaddiert softwarekonzern:softwarekonz angebbar:angebbar
        thematisierte:thematisiert hinwirft:hinwirft stückgütern:stuckgut
        wohlgesittetstes:wohlgesittet toupiertes:toupiert umgänglichen:umgang
        energiesparendem:energiespar vertragsschlüssen:vertragsschluss einseift:einseift
        bistumsgrenzen:bistumsgrenz vormachtrollen:vormachtroll
        rechnergesteuerten:rechnergesteuert geistesverfassungen:geistesverfass züchtiger:zuchtig
        reisepläne:reiseplan ungelehrte:ungelehrt gleichheiten:gleichheit gekillten:gekillt
        grausigeres:grausig spinnmaschine:spinnmaschin unerdenkbaren:unerdenkbar
        frontale:frontal verkrüppelte:verkruppelt vorantreibst:vorantreib stiefbrüdern:stiefbrud
        großherziges:grossherz angliederns:angliedern federvieh:federvieh
        verwirklichend:verwirklich aufdringlichstes:aufdring verfilmtes:verfilmt rußigen:russig
        entsprosst:entsprosst klapperten:klappert dürrste:durrst vornehmes:vornehm
        abweichlern:abweichl vorprogrammierend:vorprogrammier stehhöhe:stehhoh
        rausgeworfenen:rausgeworf sträubendem:straubend renditen:rendit gruselfigur:gruselfigur
        anfallt:anfallt auslaufendem:auslauf blutstillend:blutstill entnahmen:entnahm
        verchromte:verchromt zahlentheoretischen:zahlentheoret uneingestuftem:uneingestuft
        verknotetes:verknot geltungsbedürftig:geltungsbedurft weitherzige:weitherz
        durchfahre:durchfahr aufgebrummter:aufgebrummt jagdsaison:jagdsaison
        programmunabhängiger:programmunabhang anstiftet:anstift kaiserpfalzen:kaiserpfalz
        weintrauben:weintraub trudeltet:trudelt gänsebratens:gansebrat verschnaufter:verschnauft
        steuerrädern:steuerrad befreiungsarmee:befreiungsarme zueinanderfindend:zuinanderfind
        tafts:taft elitärem:elitar mitschreiend:mitschreiend geöffnetes:geoffn
        gespannten:gespannt eingestochenen:eingestoch stellst:stell
        zusammengefallen:zusammengefall verwaschene:verwasch schalltrichtern:schalltricht
        aufsteigendem:aufsteig kampferfahrenem:kampferfahr patentierfähigem:patentierfah
        schreibstube:schreibstub malergeselle:malergesell fortschafftet:fortschafft
        ansteigendes:ansteig darmgeschwürs:darmgeschwur spitzt:spitzt vierzigers:vierzig
        desaströsestes:desastros druckunterschiede:druckunterschied scharfsinnigeren:scharfsinn
        transkribiertet:transkribiert anpflanzenden:anpflanz abgebröckelt:abgebrockelt
        genutzte:genutzt partitioniertem:partitioniert trunksüchtiger:trunksucht drachmen:drachm
        behorchen:behorch native:nativ unterbrechendem:unterbrech hustenanfällen:hustenanfall
        schwingerträgers:schwingertrag prof:prof ausstaffierung:ausstaffier
        angeschobener:angeschob waffenstillstandes:waffenstillstand gedehnten:gedehnt
        hoheitsrecht:hoheitsrecht gewischter:gewischt brotgeber:brotgeb
        unmenschlicherem:unmensch gequältem:gequalt pneumatischer:pneumat
        schlusswort:schlusswort bebaubar:bebaubar gaskocher:gaskoch mahnschreiben:mahnschreib
        interviews:interviews konzentrationsbewegung:konzentrationsbeweg vorzulesendem:vorzules
        freigabe:freigab anreicherst:anreicherst eingleisiges:eingleis
        offensichtlichem:offensicht verpumpe:verpump zuckersäften:zuckersaft aufnähendem:aufnah
        krähend:krahend verbissenster:verbissen versofft:versofft
        entkriminalisierbarem:entkriminalisierbar schmelzkäse:schmelzkas
        natomitglieder:natomitglied flächenraumes:flachenraum modemverbindungen:modemverbind
        mitredete:mitred armhaltung:armhalt forstwirtschaftlich:forstwirtschaft
        pointiertem:pointiert künden:kund geschädigt:geschadigt ereifernden:ereifernd
        ungeziemendem:ungeziem einrichtetest:einrichtet siebentägigem:siebentag
        feingespitztem:feingespitzt notwendigeres:notwend formale:formal
        vertragstexten:vertragstext schubkasten:schubkast interpretationen:interpretation
        schwärzliches:schwarzlich ruckweises:ruckweis spottschrift:spottschrift
        wetterbedingung:wetterbeding entzückenderem:entzuck spedierst:spedierst
        fernfahrern:fernfahr unbewandertem:unbewandert mopsendem:mopsend pollenflugs:pollenflug
        auslesbarer:auslesbar arabischsprachigem:arabischsprach herausgelocktem:herausgelockt
        lückenhaftes:luckenhaft herabsehender:herabseh weinblätter:weinblatt
        abziehbilds:abziehbild todesverachtungen:todesveracht erbanspruches:erbanspruch
        grundmoräne:grundmoran tarifierendes:tarifier naturalisiere:naturalisi verbissen:verbiss
        zubringe:zubring fraktionslos:fraktionslos harakiri:harakiri bestechlichkeit:bestech
        lugte:lugt aufklärerisches:aufklarer ehrenlegion:ehrenlegion losendes:losend
        dienstleistungsbereich:dienstleistungsbereich geomagnetische:geomagnet
        brutpflege:brutpfleg abzuwechselnden:abzuwechselnd kernigerem:kernig
        musikinstrumenten:musikinstrument rückzuführend:ruckzufuhr bankinstitut:bankinstitut
        modeveränderung:modeverander klarsichtfolien:klarsichtfoli gleichmachender:gleichmach
        tollpatschen:tollpatsch ängstigende:angstig aufgelöster:aufgelost imponierenden:imponier
        negativfaktor:negativfaktor vorlesungsfrei:vorlesungsfrei gemahlenen:gemahl
        spickende:spickend anschmierender:anschmier erläuternd:erlauternd dussliger:dusslig
        teilbarem:teilbar verwackeltest:verwackelt damenhutindustrie:damenhutindustri
        anfügten:anfugt filteralgorithmen:filteralgorithm journals:journal
        patentrezepte:patentrezept produktinformation:produktinformation
        serienpreise:serienpreis unentschiedenst:unentschieden dezimalwerts:dezimalwert
        theosophische:theosoph ungemütlicher:ungemut grenzwertiges:grenzwert
        kabelräume:kabelraum salzwerken:salzwerk zweistellig:zweistell mitbringe:mitbring
        durchgerittenes:durchgeritt fernlicht:fernlicht herliefen:herlief umspringen:umspring
        rückkopplung:ruckkoppl organischste:organ dicklichstem:dicklich münzende:munzend
        theologieprofessors:theologieprofessor letztwillige:letztwill gabelnden:gabelnd
        besorgniserregendst:besorgniserreg hinzuwirken:hinzuwirk meißels:meissel kupfer:kupf
        vulgärster:vulgarst fortgalten:fortgalt dolmetscherinstitut:dolmetscherinstitut
        anschlussstation:anschlussstation aktionärszeitschrift:aktionarszeitschrift
        skiliften:skilift veranschlagtest:veranschlagt abpumpst:abpumpst hustensäfte:hustensaft
        zusammenkratzt:zusammenkratzt örtliche:ortlich ausfliegst:ausflieg fortlebendem:fortleb
        unterrichtsprogramm:unterrichtsprogramm lehrreichstes:lehrreich zweizeiliges:zweizeil
        bärbel:barbel mimische:mimisch gehorteter:gehort wirbelwinden:wirbelwind
        grauhaarigem:grauhaar begoss:begoss präparaten:praparat buch:buch narrendes:narrend
        stachle:stachl aufschlagt:aufschlagt sportcoupe:sportcoup mosaikartiger:mosaikart
        knallroten:knallrot heulten:heult stempeluhr:stempeluhr herfallendem:herfall
        fränkischem:frankisch eingeleitet:eingeleit obmanns:obmann fatalst:fatal
        seherblicken:seherblick eintriffst:eintriff laub:laub zweckdienlichst:zweckdi
        generalstabes:generalstab totschweigende:totschweig beitrügst:beitrug
        kriegsfeindlicher:kriegsfeind preissenkung:preissenk duschende:duschend
        sentenziösester:sentenzios vermeiden:vermeid globalisiert:globalisiert
        unprätentiösen:unpratentios interpoliert:interpoliert
        aggressionshemmenden:aggressionshemm nachzuschlagend:nachzuschlag buddeltet:buddelt
        maklertafeln:maklertafel aufzubewahrendem:aufzubewahr opportunistischem:opportunist
        heiligenscheinen:heiligenschein aufgeknöpften:aufgeknopft
        miteinzubeziehendes:miteinzubezieh stauendem:stauend verrenkend:verrenk
        hügelkuppe:hugelkupp schusseligster:schussel klassifizierung:klassifizier
        gewitterschauer:gewitterschau auslagerbarem:auslagerbar ahnungslosen:ahnungslos
        anglikanisch:anglikan körperverletzung:korperverletz kinderland:kinderland
        mikrofilmsysteme:mikrofilmsystem veraltet:veralt hugenottisches:hugenott
        grundausbildungen:grundausbild zählender:zahlend erholsameres:erholsam zellfaser:zellfas
        schutzgeleite:schutzgeleit musikinstrumentes:musikinstrument warmlaufphase:warmlaufphas
        kreuzfahrtendienst:kreuzfahrtendien lösses:loss anfangskante:anfangskant
        verharrenden:verharr fortstoßend:fortstoss ausschweifen:ausschweif wichtigstes:wichtig
        arbeitsfanatiker:arbeitsfanat weihnachtskarte:weihnachtskart
        uneingeschlagen:uneingeschlag patronin:patronin wahlfreieres:wahlfrei
        photoreporter:photoreport aufzureißende:aufzureiss herausführende:herausfuhr
        ausgeglichenerem:ausgeglichen schnarre:schnarr rücksetzender:rucksetz
        molkereierzeugnis:molkereierzeugnis mutigere:mutig anmale:anmal dezentest:dezent
        summtet:summt heimschule:heimschul interpretiert:interpretiert stattfandst:stattfand
        loszureißender:loszureiss schändlichster:schandlich achtjähriges:achtjahr
        durchsuchbares:durchsuchbar vordrängtet:vordrangt erturnter:erturnt
        hauptgebäude:hauptgebaud geblasene:geblas goldschnallen:goldschnall
        freudestrahlend:freudestrahl gehorchten:gehorcht tourneen:tourne
        abbruchobjekt:abbruchobjekt unendliches:unend neckar:neckar abgedriftete:abgedrift
        gemütes:gemut ungefragtem:ungefragt stammelnd:stammelnd
        zufallsbekanntschaft:zufallsbekanntschaft ungemischtesten:ungemischt auszuloten:auszulot
        weltgrößtem:weltgrosst unverletzlicher:unverletz kondoliertest:kondoliert
        gutbetuchten:gutbetucht köchelnde:kochelnd bestimmendes:bestimm abzuleistendem:abzuleist
        justizwesen:justizwes fieberartiger:fieberart neutra:neutra einfallslos:einfallslos
        ertragsgerechtes:ertragsgerecht einhändige:einhand eingeschränktesten:eingeschrankt
        kompostierten:kompostiert weiterbildeten:weiterbild sprechenden:sprechend
        urlauberin:urlaub hochgereckt:hochgereckt mehrende:mehrend phantasiert:phantasiert
        hinaufgegangener:hinaufgegang maschinenbaumeister:maschinenbaumeist zählbare:zahlbar
        umschichten:umschicht steuerschätzung:steuerschatz geldmaklers:geldmakl
        zertrümmerbar:zertrummerbar gestochenen:gestoch läufern:lauf
        klappenbewegungen:klappenbeweg entlegener:entleg teerender:teerend codeworte:codewort
        aufzuführendes:aufzufuhr ausgeklungenen:ausgekl besinnendem:besinn
        irritierendem:irritier blaugrünes:blaugrun salzgurken:salzgurk
        taschenrechnergewandt:taschenrechnergewandt sieglosen:sieglos anschichtet:anschicht
        einloggend:einlogg weiterbewegst:weiterbeweg persistente:persistent sinterndem:sinternd
        auffädelte:auffadelt kundgetan:kundgetan gewöhne:gewohn niedergegangenes:niedergegang
        surrealistischer:surrealist namhaftestes:namhaft gewinnbeteiligungen:gewinnbeteil
        wohlgestaltetster:wohlgestaltet gewaltsamen:gewaltsam massiverer:massiv
        klemmenpotential:klemmenpotential erdölproduzierenden:erdolproduzier
        konfisziertem:konfisziert fernmeldeverwaltungen:fernmeldeverwalt urinierendes:urinier
        datiere:dati verbittertst:verbittert postoperativ:postoperativ
        zeichenvorrat:zeichenvorrat christsozialen:christsozial weiterzuführende:weiterzufuhr
        harmonisierte:harmonisiert einheitlichen:einheit chlors:chlor
        fantasieloseren:fantasielos mitbewohnern:mitbewohn weint:weint
        äquivalenzrelation:aquivalenzrelation hinzureißen:hinzureiss
        gefangenzunehmendem:gefangenzunehm
        """
}
