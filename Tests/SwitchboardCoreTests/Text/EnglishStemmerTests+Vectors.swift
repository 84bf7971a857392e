extension EnglishStemmerTests {
    /// Word and stem pairs, written `word:stem` and separated by spaces or line breaks.
    ///
    /// The stems come from the Snowball project's reference English stemmer (the code that
    /// Snowball 3.1.1 generates from `english.sbl`). The words cover every step of the
    /// algorithm: the Porter test words, the sample vocabulary of the published algorithm
    /// page, support-desk vocabulary, the exceptional forms, apostrophes, and mechanical
    /// inflections (`-s`, `-ed`, `-ing`, `-ly`, `-er`, `-ness`) of all of them.
    static let referenceVectors = """
        caresses:caress ponies:poni ties:tie caress:caress cats:cat feed:feed agreed:agre
        plastered:plaster bled:bled motoring:motor sing:sing conflated:conflat troubled:troubl
        sized:size hopping:hop tanned:tan falling:fall hissing:hiss fizzed:fizz failing:fail
        filing:file happy:happi sky:sky relational:relat conditional:condit rational:ration
        valenci:valenc hesitanci:hesit digitizer:digit conformabli:conform radicalli:radic
        differentli:differ vileli:vile analogousli:analog vietnamization:vietnam
        predication:predic operator:oper feudalism:feudal decisiveness:decis hopefulness:hope
        callousness:callous formaliti:formal sensitiviti:sensit sensibiliti:sensibl
        triplicate:triplic formative:format formalize:formal electriciti:electr
        electrical:electr hopeful:hope goodness:good revival:reviv allowance:allow
        inference:infer airliner:airlin gyroscopic:gyroscop adjustable:adjust defensible:defens
        irritant:irrit replacement:replac adjustment:adjust dependent:depend adoption:adopt
        homologou:homologou communism:communism activate:activ angulariti:angular
        homologous:homolog effective:effect bowdlerize:bowdler probate:probat rate:rate
        cease:ceas controll:control roll:roll consign:consign consigned:consign
        consigning:consign consignment:consign consist:consist consisted:consist
        consistency:consist consistent:consist consistently:consist consisting:consist
        consists:consist consolation:consol consolations:consol consolatory:consolatori
        console:consol consoled:consol consoles:consol consolidate:consolid
        consolidated:consolid consolidating:consolid consoling:consol consolingly:consol
        consols:consol consonant:conson consort:consort consorted:consort consorting:consort
        conspicuous:conspicu conspicuously:conspicu conspiracy:conspiraci conspirator:conspir
        conspirators:conspir conspire:conspir conspired:conspir conspiring:conspir
        constable:constabl constables:constabl constance:constanc constancy:constanc
        constant:constant knack:knack knackeries:knackeri knacks:knack knag:knag knave:knave
        knaves:knave knavish:knavish kneaded:knead kneading:knead knee:knee kneel:kneel
        kneeled:kneel kneeling:kneel kneels:kneel knees:knee knell:knell knelt:knelt knew:knew
        knick:knick knif:knif knife:knife knight:knight knightly:knight knights:knight
        knit:knit knits:knit knitted:knit knitting:knit knives:knive knob:knob knobs:knob
        knock:knock knocked:knock knocker:knocker knockers:knocker knocking:knock knocks:knock
        knopp:knopp knot:knot knots:knot generous:generous generate:generat generously:generous
        generation:generat generator:generat generic:generic general:general generality:general
        generosity:generos skies:sky dying:die news:news cancelled:cancel refunds:refund
        refunding:refund payments:payment charging:charg charged:charg charge:charg
        happily:happili hopefully:hope transferred:transfer accounts:account
        authentication:authent verification:verif addresses:address passes:pass glasses:glass
        cries:cri flies:fli tied:tie cried:cri died:die lies:lie pies:pie replied:repli
        applied:appli families:famili companies:compani copies:copi supplies:suppli
        replies:repli queries:queri gas:gas gaps:gap kiwis:kiwi this:this his:his was:was
        bus:bus yes:yes plus:plus focus:focus status:status virus:virus census:census
        bonus:bonus campus:campus canvas:canva atlas:atlas bias:bias series:seri species:speci
        glass:glass class:class boss:boss kiss:kiss miss:miss need:need freed:freed
        guaranteed:guarante proceed:proceed proceeds:proceed proceeded:proceed exceed:exceed
        exceeded:exceed succeed:succeed succeeded:succeed succeeding:succeed indeed:inde
        bleed:bleed speed:speed heedlessly:heedless exceedingly:exceed hoping:hope filed:file
        filled:fill failed:fail luxuriated:luxuri luxuriating:luxuri sizing:size hopped:hop
        added:add egged:egg inned:in adder:adder canning:canning inning:inning innings:inning
        outing:outing outings:outing evening:evening evenings:evening herring:herring
        herrings:herring earring:earring earrings:earring proceeding:proceed lying:lie
        tying:tie dyed:dy flying:fli playing:play paying:pay saying:say staying:stay buying:buy
        trying:tri crying:cri frying:fri skiing:ski seeing:see being:be going:go doing:do
        bring:bring king:king thing:thing string:string spring:spring ring:ring wing:wing
        during:dure morning:morn nothing:noth something:someth anything:anyth
        everything:everyth interesting:interest shipping:ship billing:bill routing:rout
        setting:set getting:get putting:put cutting:cut running:run stopping:stop planning:plan
        scanning:scan logging:log blogging:blog dropping:drop shopping:shop wrapped:wrap
        shipped:ship stopped:stop planned:plan occurred:occur referred:refer preferred:prefer
        deferred:defer admitted:admit committed:commit submitted:submit permitted:permit
        controlled:control canceled:cancel labelled:label labeled:label travelled:travel
        traveled:travel modelled:model fulfilled:fulfil installed:instal enrolled:enrol
        rolled:roll spelled:spell compelled:compel expelled:expel fled:fled red:red bed:bed
        shed:shed wed:wed sled:sled led:led fed:fed bred:bred seed:seed weed:weed reed:reed
        deed:deed heed:heed creed:creed happiness:happi say:say says:say said:said enjoy:enjoy
        enjoyed:enjoy enjoying:enjoy annoying:annoy annoyance:annoy toys:toy boys:boy days:day
        keys:key monkey:monkey monkeys:monkey journey:journey journeys:journey
        attorney:attorney attorneys:attorney by:by my:my yellow:yellow youth:youth
        beyond:beyond crayon:crayon player:player lawyer:lawyer employer:employ
        employee:employe employment:employ payment:payment pays:pay delay:delay delayed:delay
        delays:delay display:display displayed:display replay:replay relay:relay okay:okay
        yay:yay yoyo:yoyo yearly:year daily:daili early:earli only:onli ugly:ugli idly:idl
        gently:gentl singly:singl reply:repli rely:reli apply:appli supply:suppli deny:deni
        identify:identifi identified:identifi verify:verifi verified:verifi notify:notifi
        notified:notifi modify:modifi modified:modifi qualify:qualifi classify:classifi
        simplify:simplifi satisfy:satisfi satisfied:satisfi dissatisfied:dissatisfi
        policy:polici policies:polici privacy:privaci agency:agenc currency:currenc
        frequency:frequenc emergency:emergenc apology:apolog apologies:apolog biology:biolog
        geology:geolog geologist:geolog biologist:biolog technology:technolog
        technologies:technolog analogy:analog theology:theolog psychology:psycholog
        sociologist:sociolog ecologist:ecolog zoologist:zoolog national:nation valency:valenc
        hesitancy:hesit conformably:conform radically:radic differently:differ vilely:vile
        analogously:analog formality:formal sensitivity:sensit sensibility:sensibl
        fruitfully:fruit hopelessly:hopeless helplessly:helpless carelessly:careless
        usefully:use recently:recent currently:current apparently:appar frequently:frequent
        obviously:obvious seriously:serious previously:previous fabulously:fabul
        famously:famous nervously:nervous logically:logic basically:basic electrically:electr
        automatically:automat specifically:specif technically:technic typically:typic
        critically:critic cyclically:cyclic allegedly:alleg supposedly:suppos reportedly:report
        markedly:mark repeatedly:repeat surprisingly:surpris amazingly:amaz willingly:will
        knowingly:know seemingly:seem accordingly:accord increasingly:increas
        interestingly:interest feelingly:feel additional:addit traditional:tradit
        optional:option emotional:emot professional:profession duplicate:duplic indicate:indic
        communicate:communic communication:communic community:communiti communist:communist
        arsenic:arsenic arsenal:arsenal universe:univers universal:universal
        university:universiti universities:universiti later:later lateral:lateral
        laterally:lateral emerge:emerg emergence:emergenc emerging:emerg organ:organ
        organic:organic organize:organiz organization:organiz organizational:organiz
        organism:organism intern:intern internal:internal international:internat
        internet:internet interval:interval interfere:interfer interference:interfer past:past
        paste:paste pasted:paste pasting:paste pasta:pasta pastime:pastim agreement:agreement
        settlement:settlement management:manag government:govern statement:statement
        department:depart development:develop environment:environ requirement:requir
        achievement:achiev enrollment:enrol enrolment:enrol placement:placement
        measurement:measur assessment:assess announcement:announc advertisement:advertis
        arrangement:arrang shipment:shipment equipment:equip treatment:treatment refund:refund
        refunded:refund refundable:refund nonrefundable:nonrefund fill:fill tell:tell well:well
        all:all hell:hell mall:mall bill:bill install:instal shall:shall small:small tall:tall
        fall:fall account:account accounting:account accountant:account accountable:account
        accountability:account authenticate:authent authenticated:authent authenticator:authent
        authorize:author authorized:author authorization:author unauthorized:unauthor
        verifying:verifi verifiable:verifi subscribe:subscrib subscription:subscript
        subscriptions:subscript subscriber:subscrib unsubscribe:unsubscrib cancel:cancel
        cancels:cancel cancellation:cancel cancellations:cancel charges:charg
        chargeback:chargeback chargeable:chargeabl overcharged:overcharg discharge:discharg
        bills:bill billed:bill invoice:invoic invoices:invoic invoiced:invoic receipt:receipt
        receipts:receipt order:order orders:order ordered:order ordering:order
        delivery:deliveri deliveries:deliveri deliver:deliv delivered:deliv delivering:deliv
        ship:ship tracking:track track:track tracked:track package:packag packages:packag
        packaging:packag parcel:parcel return:return returns:return returned:return
        returning:return returnable:return exchange:exchang exchanged:exchang
        exchanging:exchang replace:replac replaced:replac replacing:replac warranty:warranti
        warranties:warranti password:password passwords:password login:login logins:login
        logged:log username:usernam usernames:usernam email:email emails:email emailed:email
        address:address addressed:address update:updat updated:updat updating:updat
        updates:updat upgrade:upgrad upgraded:upgrad upgrading:upgrad downgrade:downgrad
        download:download downloads:download downloaded:download installation:instal
        installing:instal uninstall:uninstal configure:configur configured:configur
        configuration:configur settings:set notification:notif notifications:notif alert:alert
        alerts:alert message:messag messages:messag messaging:messag contact:contact
        contacted:contact contacting:contact support:support supported:support
        supporting:support supportive:support help:help helped:help helpful:help helpfully:help
        helpless:helpless helping:help agent:agent agents:agent human:human humans:human
        representative:repres representatives:repres manager:manag managers:manag
        complaint:complaint complaints:complaint complain:complain complained:complain
        complaining:complain issue:issu issues:issu issued:issu problem:problem
        problems:problem problematic:problemat error:error errors:error erroneous:erron
        fail:fail failure:failur failures:failur broken:broken break:break breaking:break
        damaged:damag damage:damag defective:defect defect:defect defects:defect credit:credit
        credited:credit crediting:credit creditor:creditor debit:debit debited:debit card:card
        cards:card paid:paid pay:pay payable:payabl payee:paye payer:payer transaction:transact
        transactions:transact transferring:transfer transfers:transfer balance:balanc
        balances:balanc fee:fee fees:fee price:price prices:price pricing:price priced:price
        discount:discount discounts:discount discounted:discount coupon:coupon coupons:coupon
        promotion:promot promotional:promot promo:promo sale:sale sales:sale purchase:purchas
        purchased:purchas purchasing:purchas purchases:purchas buy:buy bought:bought
        customer:custom customers:custom customer's:custom customers':custom service:servic
        services:servic serviced:servic servicing:servic serviceable:servic product:product
        products:product productive:product productivity:product production:product
        quality:qualiti availability:avail available:avail unavailable:unavail stock:stock
        restock:restock restocked:restock inventory:inventori location:locat locations:locat
        locate:locat located:locat store:store stores:store stored:store storage:storag
        schedule:schedul scheduled:schedul scheduling:schedul appointment:appoint
        appointments:appoint booking:book booked:book reservation:reserv reservations:reserv
        reserve:reserv reserved:reserv confirm:confirm confirmed:confirm confirmation:confirm
        confirmations:confirm reschedule:reschedul rescheduled:reschedul late:late lately:late
        lateness:late expected:expect expectation:expect expectations:expect estimate:estim
        estimated:estim estimation:estim security:secur secure:secur secured:secur
        securely:secur insecure:insecur private:privat privately:privat personal:person
        personally:person personalize:person personalization:person information:inform
        informational:inform inform:inform informed:inform data:data identity:ident
        identities:ident identification:identif identifying:identifi phone:phone phones:phone
        mobile:mobil device:devic devices:devic computer:comput computers:comput
        application:applic applications:applic applying:appli app:app apps:app website:websit
        websites:websit browser:browser browsers:browser connection:connect connections:connect
        connect:connect connected:connect connecting:connect connectivity:connect
        disconnect:disconnect disconnected:disconnect network:network networks:network
        networking:network wireless:wireless outage:outag outages:outag slow:slow slowly:slowli
        slowness:slow speeds:speed speedy:speedi fast:fast faster:faster fastest:fastest
        quick:quick quickly:quick quicker:quicker easily:easili easy:easi easier:easier
        easiest:easiest difficult:difficult difficulty:difficulti difficulties:difficulti
        thank:thank thanks:thank thanked:thank thankful:thank thankfully:thank thanking:thank
        please:pleas pleased:pleas pleasing:pleas pleasant:pleasant pleasantly:pleasant
        sorry:sorri apologize:apolog apologized:apolog apologizing:apolog frustrated:frustrat
        frustrating:frustrat frustration:frustrat angry:angri anger:anger unhappy:unhappi
        unhappiness:unhappi satisfaction:satisfact disappointed:disappoint
        disappointing:disappoint disappointment:disappoint urgent:urgent urgently:urgent
        urgency:urgenc immediate:immedi immediately:immedi asap:asap today:today
        tomorrow:tomorrow yesterday:yesterday week:week weeks:week weekly:week month:month
        months:month monthly:month year:year years:year annual:annual annually:annual hour:hour
        hours:hour hourly:hour minute:minut minutes:minut business:busi businesses:busi
        company:compani organizations:organiz cooperation:cooper cooperative:cooper andes:andes
        cosmos:cosmos howe:howe skis:ski a:a is:is at:at us:us as:as abc:abc ies:ie ied:ie
        sses:ss eed:eed ing:ing ed:ed yyy:yyy y:y bye:bye ay:ay aye:aye oy:oy eye:eye eyes:eye
        ':' '':'' 's:'s s':s' 's':s it's:it i'm:i'm you're:you'r they'll:they'll we've:we'v
        don't:don't can't:can't won't:won't shouldn't:shouldn't o'clock:o'clock
        rock'n'roll:rock'n'rol 'tis:tis boss's:boss ladies':ladi james':jame yay's:yay
        caressess:caressess caressesed:caresses caressesing:caresses caressesly:caressesli
        caresseser:caresses caressesness:caresses poniess:poniess poniesed:ponies
        poniesing:ponies poniesly:poniesli ponieser:ponies poniesness:ponies tiess:tiess
        tiesed:ties tiesing:ties tiesly:tiesli tieser:tieser tiesness:ties caresss:caresss
        caressed:caress caressing:caress caressly:caressli caresser:caress caressness:caress
        catss:catss catsed:cats catsing:cats catsly:catsli catser:catser catsness:cats
        feeds:feed feeded:feed feeding:feed feedly:feed feeder:feeder feedness:feed
        agreeds:agre agreeded:agreed agreeding:agreed agreedly:agre agreeder:agreed
        agreedness:agreed plastereds:plaster plastereded:plastered plastereding:plastered
        plasteredly:plaster plastereder:plastered plasteredness:plastered bleds:bled
        bleded:blede bleding:blede bledly:bled bleder:bleder bledness:bled motorings:motor
        motoringed:motoring motoringing:motoring motoringly:motor motoringer:motoring
        motoringness:motoring sings:sing singed:sing singing:sing singer:singer singness:sing
        conflateds:conflat conflateded:conflated conflateding:conflated conflatedly:conflat
        conflateder:conflated conflatedness:conflated troubleds:troubl troubleded:troubled
        troubleding:troubled troubledly:troubl troubleder:troubled troubledness:troubled
        sizeds:size sizeded:sized sizeding:sized sizedly:size sizeder:sized sizedness:sized
        hoppings:hop hoppinged:hopping hoppinging:hopping hoppingly:hop hoppinger:hopping
        hoppingness:hopping tanneds:tan tanneded:tanned tanneding:tanned tannedly:tan
        tanneder:tanned tannedness:tanned fallings:fall fallinged:falling fallinging:falling
        fallingly:fall fallinger:falling fallingness:falling hissings:hiss hissinged:hissing
        hissinging:hissing hissingly:hiss hissinger:hissing hissingness:hissing fizzeds:fizz
        fizzeded:fizzed fizzeding:fizzed fizzedly:fizz fizzeder:fizzed fizzedness:fizzed
        failings:fail failinged:failing failinging:failing failingly:fail failinger:failing
        failingness:failing filings:file filinged:filing filinging:filing filingly:file
        filinger:filing filingness:filing happys:happi happyed:happi happying:happi
        happyly:happyli happyer:happyer happyness:happy skys:skys skyed:ski skying:ski
        skyly:skyli skyer:skyer skyness:skyness relationals:relat relationaled:relat
        relationaling:relat relationally:relat relationaler:relational relationalness:relation
        conditionals:condit conditionaled:condit conditionaling:condit conditionally:condit
        conditionaler:conditional conditionalness:condition rationals:ration rationaled:ration
        rationaling:ration rationally:ration rationaler:rational rationalness:ration
        valencis:valenc valencied:valenc valenciing:valenc valencily:valencili
        valencier:valenci valenciness:valenci hesitancis:hesit hesitancied:hesit
        hesitanciing:hesit hesitancily:hesitancili hesitancier:hesitanci
        hesitanciness:hesitanci digitizers:digit digitizered:digit digitizering:digit
        digitizerly:digitiz digitizerer:digitizer digitizerness:digitiz conformablis:conform
        conformablied:conform conformabliing:conform conformablily:conformablili
        conformablier:conformabli conformabliness:conformabli radicallis:radic
        radicallied:radic radicalliing:radic radicallily:radicallili radicallier:radicalli
        radicalliness:radicalli differentlis:differ differentlied:differ differentliing:differ
        differentlily:differentlili differentlier:differentli differentliness:differentli
        vilelis:vile vilelied:vile vileliing:vile vilelily:vilelili vilelier:vileli
        vileliness:vileli analogouslis:analog analogouslied:analog analogousliing:analog
        analogouslily:analogouslili analogouslier:analogousli analogousliness:analogousli
        vietnamizations:vietnam vietnamizationed:vietnam vietnamizationing:vietnam
        vietnamizationly:vietnamizat vietnamizationer:vietnamization
        vietnamizationness:vietnamizat predications:predic predicationed:predic
        predicationing:predic predicationly:predicat predicationer:predication
        predicationness:predicat operators:oper operatored:oper operatoring:oper
        operatorly:operator operatorer:operator operatorness:operator feudalisms:feudal
        feudalismed:feudal feudalisming:feudal feudalismly:feudal feudalismer:feudalism
        feudalismness:feudal decisivenesss:decisivenesss decisivenessed:decis
        decisivenessing:decis decisivenessly:decisivenessli decisivenesser:decisiveness
        decisivenessness:decisiveness hopefulnesss:hopefulnesss hopefulnessed:hope
        hopefulnessing:hope hopefulnessly:hopefulnessli hopefulnesser:hopefulness
        hopefulnessness:hopefulness callousnesss:callousnesss callousnessed:callous
        callousnessing:callous callousnessly:callousnessli callousnesser:callousness
        callousnessness:callousness formalitis:formal formalitied:formal formalitiing:formal
        formalitily:formalitili formalitier:formaliti formalitiness:formal sensitivitis:sensit
        sensitivitied:sensit sensitivitiing:sensit sensitivitily:sensitivitili
        sensitivitier:sensitiviti sensitivitiness:sensitiv sensibilitis:sensibl
        sensibilitied:sensibl sensibilitiing:sensibl sensibilitily:sensibilitili
        sensibilitier:sensibiliti sensibilitiness:sensibil triplicates:triplic
        triplicateed:triplicate triplicateing:triplic triplicately:triplic
        triplicateer:triplicat triplicateness:triplic formatives:format formativeed:formative
        formativeing:format formatively:format formativeer:formativ formativeness:format
        formalizes:formal formalizeed:formalize formalizeing:formal formalizely:formal
        formalizeer:formaliz formalizeness:formal electricitis:electr electricitied:electr
        electricitiing:electr electricitily:electricitili electricitier:electriciti
        electricitiness:electric electricals:electr electricaled:electr electricaling:electr
        electricaler:electrical electricalness:electric hopefuls:hope hopefuled:hope
        hopefuling:hope hopefuler:hopeful goodnesss:goodnesss goodnessed:good goodnessing:good
        goodnessly:goodnessli goodnesser:goodness goodnessness:goodness revivals:reviv
        revivaled:reviv revivaling:reviv revivally:reviv revivaler:revival revivalness:reviv
        allowances:allow allowanceed:allowance allowanceing:allow allowancely:allow
        allowanceer:allowanc allowanceness:allow inferences:infer inferenceed:inference
        inferenceing:infer inferencely:infer inferenceer:inferenc inferenceness:infer
        airliners:airlin airlinered:airlin airlinering:airlin airlinerly:airlin
        airlinerer:airliner airlinerness:airlin gyroscopics:gyroscop gyroscopiced:gyroscop
        gyroscopicing:gyroscop gyroscopicly:gyroscop gyroscopicer:gyroscopic
        gyroscopicness:gyroscop adjustables:adjust adjustableed:adjustable adjustableing:adjust
        adjustablely:adjust adjustableer:adjustabl adjustableness:adjust defensibles:defens
        defensibleed:defensible defensibleing:defens defensiblely:defens defensibleer:defensibl
        defensibleness:defens irritants:irrit irritanted:irrit irritanting:irrit
        irritantly:irrit irritanter:irritant irritantness:irrit replacements:replac
        replacemented:replac replacementing:replac replacemently:replac
        replacementer:replacement replacementness:replac adjustments:adjust adjustmented:adjust
        adjustmenting:adjust adjustmently:adjust adjustmenter:adjustment adjustmentness:adjust
        dependents:depend dependented:depend dependenting:depend dependently:depend
        dependenter:dependent dependentness:depend adoptions:adopt adoptioned:adopt
        adoptioning:adopt adoptionly:adopt adoptioner:adoption adoptionness:adopt
        homologoued:homologou homologouing:homologou homologouly:homologouli
        homologouer:homologou homologouness:homologou communisms:communism
        communismed:communism communisming:communism communismly:communism
        communismer:communism communismness:communism activates:activ activateed:activate
        activateing:activ activately:activ activateer:activat activateness:activ
        angularitis:angular angularitied:angular angularitiing:angular
        angularitily:angularitili angularitier:angulariti angularitiness:angular
        homologouss:homologouss homologoused:homolog homologousing:homolog homologously:homolog
        homologouser:homologous homologousness:homolog effectives:effect effectiveed:effective
        effectiveing:effect effectively:effect effectiveer:effectiv effectiveness:effect
        bowdlerizes:bowdler bowdlerizeed:bowdlerize bowdlerizeing:bowdler bowdlerizely:bowdler
        bowdlerizeer:bowdleriz bowdlerizeness:bowdler probates:probat probateed:probate
        probateing:probat probately:probat probateer:probat probateness:probat rates:rate
        rateed:rate rateing:rate rately:rate rateer:rateer rateness:rate ceases:ceas
        ceaseed:cease ceaseing:ceas ceasely:ceas ceaseer:ceaseer ceaseness:ceas
        controlls:control controlling:control controllly:controllli controller:control
        controllness:control rolls:roll rolling:roll rollly:rollli roller:roller rollness:roll
        consigns:consign consignly:consign consigner:consign consignness:consign
        consigneds:consign consigneded:consigned consigneding:consigned consignedly:consign
        consigneder:consigned consignedness:consigned consignings:consign
        consigninged:consigning consigninging:consigning consigningly:consign
        consigninger:consigning consigningness:consigning consignments:consign
        consignmented:consign consignmenting:consign consignmently:consign
        consignmenter:consignment consignmentness:consign consistly:consist consister:consist
        consistness:consist consisteds:consist consisteded:consisted consisteding:consisted
        consistedly:consist consisteder:consisted consistedness:consisted consistencys:consist
        consistencyed:consist consistencying:consist consistencyly:consistencyli
        consistencyer:consistency consistencyness:consistency consistents:consist
        consistented:consist consistenting:consist consistenter:consistent
        consistentness:consist consistentlys:consist consistentlyed:consist
        consistentlying:consist consistentlyly:consistentlyli consistentlyer:consistently
        consistentlyness:consistently consistings:consist consistinged:consisting
        consistinging:consisting consistingly:consist consistinger:consisting
        consistingness:consisting consistss:consistss consistsed:consists consistsing:consists
        consistsly:consistsli consistser:consists consistsness:consists consolationed:consol
        consolationing:consol consolationly:consolat consolationer:consolation
        consolationness:consolat consolationss:consolationss consolationsed:consolations
        consolationsing:consolations consolationsly:consolationsli consolationser:consolations
        consolationsness:consolations consolatorys:consolatori consolatoryed:consolatori
        consolatorying:consolatori consolatoryly:consolatoryli consolatoryer:consolatory
        consolatoryness:consolatory consoleed:console consoleing:consol consolely:consol
        consoleer:consol consoleness:consol consoleds:consol consoleded:consoled
        consoleding:consoled consoledly:consol consoleder:consoled consoledness:consoled
        consoless:consoless consolesed:consoles consolesing:consoles consolesly:consolesli
        consoleser:consoles consolesness:consoles consolidates:consolid
        consolidateed:consolidate consolidateing:consolid consolidately:consolid
        consolidateer:consolidat consolidateness:consolid consolidateds:consolid
        consolidateded:consolidated consolidateding:consolidated consolidatedly:consolid
        consolidateder:consolidated consolidatedness:consolidated consolidatings:consolid
        consolidatinged:consolidating consolidatinging:consolidating consolidatingly:consolid
        consolidatinger:consolidating consolidatingness:consolidating consolings:consol
        consolinged:consoling consolinging:consoling consolinger:consoling
        consolingness:consoling consolinglys:consol consolinglyed:consoling
        consolinglying:consoling consolinglyly:consolinglyli consolinglyer:consolingly
        consolinglyness:consolingly consolss:consolss consolsed:consols consolsing:consols
        consolsly:consolsli consolser:consols consolsness:consols consonants:conson
        consonanted:conson consonanting:conson consonantly:conson consonanter:consonant
        consonantness:conson consorts:consort consortly:consort consorter:consort
        consortness:consort consorteds:consort consorteded:consorted consorteding:consorted
        consortedly:consort consorteder:consorted consortedness:consorted consortings:consort
        consortinged:consorting consortinging:consorting consortingly:consort
        consortinger:consorting consortingness:consorting conspicuouss:conspicuouss
        conspicuoused:conspicu conspicuousing:conspicu conspicuouser:conspicuous
        conspicuousness:conspicu conspicuouslys:conspicu conspicuouslyed:conspicu
        conspicuouslying:conspicu conspicuouslyly:conspicuouslyli conspicuouslyer:conspicuously
        conspicuouslyness:conspicuously conspiracys:conspiraci conspiracyed:conspiraci
        conspiracying:conspiraci conspiracyly:conspiracyli conspiracyer:conspiracy
        conspiracyness:conspiracy conspiratored:conspir conspiratoring:conspir
        conspiratorly:conspirator conspiratorer:conspirator conspiratorness:conspirator
        conspiratorss:conspiratorss conspiratorsed:conspirators conspiratorsing:conspirators
        conspiratorsly:conspiratorsli conspiratorser:conspirators conspiratorsness:conspirators
        conspires:conspir conspireed:conspire conspireing:conspir conspirely:conspir
        conspireer:conspir conspireness:conspir conspireds:conspir conspireded:conspired
        conspireding:conspired conspiredly:conspir conspireder:conspired
        conspiredness:conspired conspirings:conspir conspiringed:conspiring
        conspiringing:conspiring conspiringly:conspir conspiringer:conspiring
        conspiringness:conspiring constableed:constable constableing:constabl
        constablely:constabl constableer:constabl constableness:constabl
        constabless:constabless constablesed:constables constablesing:constables
        constablesly:constablesli constableser:constables constablesness:constables
        constances:constanc constanceed:constance constanceing:constanc constancely:constanc
        constanceer:constanc constanceness:constanc constancys:constanc constancyed:constanc
        constancying:constanc constancyly:constancyli constancyer:constancy
        constancyness:constancy constants:constant constanted:constant constanting:constant
        constantly:constant constanter:constant constantness:constant knacked:knack
        knacking:knack knackly:knack knacker:knacker knackness:knack knackeriess:knackeriess
        knackeriesed:knackeries knackeriesing:knackeries knackeriesly:knackeriesli
        knackerieser:knackeries knackeriesness:knackeries knackss:knackss knacksed:knacks
        knacksing:knacks knacksly:knacksli knackser:knackser knacksness:knacks knags:knag
        knaged:knage knaging:knage knagly:knag knager:knager knagness:knag knaveed:knave
        knaveing:knave knavely:knave knaveer:knaveer knaveness:knave knavess:knavess
        knavesed:knaves knavesing:knaves knavesly:knavesli knaveser:knaves knavesness:knaves
        knavishs:knavish knavished:knavish knavishing:knavish knavishly:knavish
        knavisher:knavish knavishness:knavish kneadeds:knead kneadeded:kneaded
        kneadeding:kneaded kneadedly:knead kneadeder:kneaded kneadedness:kneaded
        kneadings:knead kneadinged:kneading kneadinging:kneading kneadingly:knead
        kneadinger:kneading kneadingness:kneading kneeed:kneeed kneeing:knee kneely:kneeli
        kneeer:kneeer kneeness:kneeness kneelly:kneelli kneeler:kneeler kneelness:kneel
        kneeleds:kneel kneeleded:kneeled kneeleding:kneeled kneeledly:kneel kneeleder:kneeled
        kneeledness:kneeled kneelings:kneel kneelinged:kneeling kneelinging:kneeling
        kneelingly:kneel kneelinger:kneeling kneelingness:kneeling kneelss:kneelss
        kneelsed:kneels kneelsing:kneels kneelsly:kneelsli kneelser:kneelser kneelsness:kneels
        kneess:kneess kneesed:knees kneesing:knees kneesly:kneesli kneeser:kneeser
        kneesness:knees knells:knell knelled:knell knelling:knell knellly:knellli
        kneller:kneller knellness:knell knelts:knelt knelted:knelt knelting:knelt kneltly:knelt
        knelter:knelter kneltness:knelt knews:knew knewed:knew knewing:knew knewly:knewli
        knewer:knewer knewness:knew knicks:knick knicked:knick knicking:knick knickly:knick
        knicker:knicker knickness:knick knifs:knif knifed:knife knifing:knife knifly:knifli
        knifer:knifer knifness:knif knifes:knife knifeed:knife knifeing:knife knifely:knife
        knifeer:knifeer knifeness:knife knighted:knight knighting:knight knighter:knighter
        knightness:knight knightlys:knight knightlyed:knight knightlying:knight
        knightlyly:knightlyli knightlyer:knightlyer knightlyness:knightly knightss:knightss
        knightsed:knights knightsing:knights knightsly:knightsli knightser:knightser
        knightsness:knights knited:knite kniting:knite knitly:knit kniter:kniter knitness:knit
        knitss:knitss knitsed:knits knitsing:knits knitsly:knitsli knitser:knitser
        knitsness:knits knitteds:knit knitteded:knitted knitteding:knitted knittedly:knit
        knitteder:knitted knittedness:knitted knittings:knit knittinged:knitting
        knittinging:knitting knittingly:knit knittinger:knitting knittingness:knitting
        knivess:knivess knivesed:knives knivesing:knives knivesly:knivesli kniveser:knives
        knivesness:knives knobed:knobe knobing:knobe knobly:knobli knober:knober knobness:knob
        knobss:knobss knobsed:knobs knobsing:knobs knobsly:knobsli knobser:knobser
        knobsness:knobs knockly:knock knockness:knock knockeds:knock knockeded:knocked
        knockeding:knocked knockedly:knock knockeder:knocked knockedness:knocked
        knockered:knocker knockering:knocker knockerly:knocker knockerer:knocker
        knockerness:knocker knockerss:knockerss knockersed:knockers knockersing:knockers
        knockersly:knockersli knockerser:knockers knockersness:knockers knockings:knock
        knockinged:knocking knockinging:knocking knockingly:knock knockinger:knocking
        knockingness:knocking knockss:knockss knocksed:knocks knocksing:knocks
        knocksly:knocksli knockser:knockser knocksness:knocks knopps:knopp knopped:knop
        knopping:knop knopply:knoppli knopper:knopper knoppness:knopp knoted:knote
        knoting:knote knotly:knot knoter:knoter knotness:knot knotss:knotss knotsed:knots
        knotsing:knots knotsly:knotsli knotser:knotser knotsness:knots generouss:generouss
        generoused:generous generousing:generous generouser:generous generousness:generous
        generates:generat generateed:generate generateing:generat generately:generat
        generateer:generat generateness:generat generouslys:generous generouslyed:generous
        generouslying:generous generouslyly:generouslyli generouslyer:generously
        generouslyness:generously generations:generat generationed:generat
        generationing:generat generationly:generat generationer:generation
        generationness:generat generators:generat generatored:generat generatoring:generat
        generatorly:generator generatorer:generator generatorness:generator generics:generic
        genericed:generic genericing:generic genericly:generic genericer:generic
        genericness:generic generals:general generaled:general generaling:general
        generally:general generaler:general generalness:general generalitys:general
        generalityed:general generalitying:general generalityly:generalityli
        generalityer:generality generalityness:generality generositys:generos
        generosityed:generos generositying:generos generosityly:generosityli
        generosityer:generosity generosityness:generosity skiess:skiess skiesed:skies
        skiesing:skies skiesly:skiesli skieser:skieser skiesness:skies dyings:die dyinged:dying
        dyinging:dying dyingly:dy dyinger:dyinger dyingness:dying newss:newss newsed:news
        newsing:news newsly:newsli newser:newser newsness:news cancelleds:cancel
        cancelleded:cancelled cancelleding:cancelled cancelledly:cancel cancelleder:cancelled
        cancelledness:cancelled refundss:refundss refundsed:refunds refundsing:refunds
        refundsly:refundsli refundser:refunds refundsness:refunds refundings:refund
        refundinged:refunding refundinging:refunding refundingly:refund refundinger:refunding
        refundingness:refunding paymentss:paymentss paymentsed:payments paymentsing:payments
        paymentsly:paymentsli paymentser:payments paymentsness:payments chargings:charg
        charginged:charging charginging:charging chargingly:charg charginger:charging
        chargingness:charging chargeds:charg chargeded:charged chargeding:charged
        chargedly:charg chargeder:charged chargedness:charged chargeed:charge chargeing:charg
        chargely:charg chargeer:chargeer chargeness:charg happilys:happili happilyed:happili
        happilying:happili happilyly:happilyli happilyer:happily happilyness:happily
        hopefullys:hope hopefullyed:hope hopefullying:hope hopefullyly:hopefullyli
        hopefullyer:hopefully hopefullyness:hopefully transferreds:transfer
        transferreded:transferred transferreding:transferred transferredly:transfer
        transferreder:transferred transferredness:transferred accountss:accountss
        accountsed:accounts accountsing:accounts accountsly:accountsli accountser:accounts
        accountsness:accounts authentications:authent authenticationed:authent
        authenticationing:authent authenticationly:authenticat authenticationer:authentication
        authenticationness:authenticat verifications:verif verificationed:verif
        verificationing:verif verificationly:verificat verificationer:verification
        verificationness:verificat addressess:addressess addressesed:addresses
        addressesing:addresses addressesly:addressesli addresseser:addresses
        addressesness:addresses passess:passess passesed:passes passesing:passes
        passesly:passesli passeser:passes passesness:passes glassess:glassess glassesed:glasses
        glassesing:glasses glassesly:glassesli glasseser:glasses glassesness:glasses
        criess:criess criesed:cries criesing:cries criesly:criesli crieser:crieser
        criesness:cries fliess:fliess fliesed:flies fliesing:flies fliesly:fliesli
        flieser:flieser fliesness:flies tieds:ti tieded:tied tieding:tied tiedly:ti
        tieder:tieder tiedness:tied crieds:cri crieded:cried crieding:cried criedly:cri
        crieder:crieder criedness:cried dieds:di dieded:died dieding:died diedly:di
        dieder:dieder diedness:died liess:liess liesed:lies liesing:lies liesly:liesli
        lieser:lieser liesness:lies piess:piess piesed:pies piesing:pies piesly:piesli
        pieser:pieser piesness:pies replieds:repli replieded:replied replieding:replied
        repliedly:repli replieder:replied repliedness:replied applieds:appli applieded:applied
        applieding:applied appliedly:appli applieder:applied appliedness:applied
        familiess:familiess familiesed:families familiesing:families familiesly:familiesli
        familieser:families familiesness:families companiess:companiess companiesed:companies
        companiesing:companies companiesly:companiesli companieser:companies
        companiesness:companies copiess:copiess copiesed:copies copiesing:copies
        copiesly:copiesli copieser:copies copiesness:copies suppliess:suppliess
        suppliesed:supplies suppliesing:supplies suppliesly:suppliesli supplieser:supplies
        suppliesness:supplies repliess:repliess repliesed:replies repliesing:replies
        repliesly:repliesli replieser:replies repliesness:replies queriess:queriess
        queriesed:queries queriesing:queries queriesly:queriesli querieser:queries
        queriesness:queries gass:gass gased:gase gasing:gase gasly:gasli gaser:gaser
        gasness:gas gapss:gapss gapsed:gaps gapsing:gaps gapsly:gapsli gapser:gapser
        gapsness:gaps kiwiss:kiwiss kiwised:kiwis kiwising:kiwis kiwisly:kiwisli kiwiser:kiwis
        kiwisness:kiwis thiss:thiss thised:thise thising:thise thisly:thisli thiser:thiser
        thisness:this hiss:hiss hised:hise hising:hise hisly:hisli hiser:hiser hisness:his
        wass:wass wased:wase wasing:wase wasly:wasli waser:waser wasness:was buss:buss
        bused:buse busing:buse busly:busli buser:buser busness:bus yess:yess yesed:yese
        yesing:yese yesly:yesli yeser:yeser yesness:yes pluss:pluss plused:pluse plusing:pluse
        plusly:plusli pluser:pluser plusness:plus focuss:focuss focused:focus focusing:focus
        focusly:focusli focuser:focus focusness:focus statuss:statuss statused:status
        statusing:status statusly:statusli statuser:status statusness:status viruss:viruss
        virused:virus virusing:virus virusly:virusli viruser:virus virusness:virus
        censuss:censuss censused:census censusing:census censusly:censusli censuser:census
        censusness:census bonuss:bonuss bonused:bonus bonusing:bonus bonusly:bonusli
        bonuser:bonus bonusness:bonus campuss:campuss campused:campus campusing:campus
        campusly:campusli campuser:campus campusness:campus canvass:canvass canvased:canvas
        canvasing:canvas canvasly:canvasli canvaser:canvas canvasness:canvas atlass:atlass
        atlased:atlas atlasing:atlas atlasly:atlasli atlaser:atlas atlasness:atlas biass:biass
        biased:bias biasing:bias biasly:biasli biaser:biaser biasness:bias seriess:seriess
        seriesed:series seriesing:series seriesly:seriesli serieser:series seriesness:series
        speciess:speciess speciesed:species speciesing:species speciesly:speciesli
        specieser:species speciesness:species glasss:glasss glassed:glass glassing:glass
        glassly:glassli glasser:glasser glassness:glass classs:classs classed:class
        classing:class classly:classli classer:classer classness:class bosss:bosss bossed:boss
        bossing:boss bossly:bossli bosser:bosser bossness:boss kisss:kisss kissed:kiss
        kissing:kiss kissly:kissli kisser:kisser kissness:kiss misss:misss missed:miss
        missing:miss missly:missli misser:misser missness:miss needs:need needed:need
        needing:need needly:need needer:needer needness:need freeds:freed freeded:freed
        freeding:freed freedly:freed freeder:freeder freedness:freed guaranteeds:guarante
        guaranteeded:guaranteed guaranteeding:guaranteed guaranteedly:guarante
        guaranteeder:guaranteed guaranteedness:guaranteed proceedly:proceed proceeder:proceed
        proceedness:proceed proceedss:proceedss proceedsed:proceeds proceedsing:proceeds
        proceedsly:proceedsli proceedser:proceeds proceedsness:proceeds proceededs:proceed
        proceededed:proceeded proceededing:proceeded proceededly:proceed proceededer:proceeded
        proceededness:proceeded exceeds:exceed exceeding:exceed exceedly:exceed exceeder:exceed
        exceedness:exceed exceededs:exceed exceededed:exceeded exceededing:exceeded
        exceededly:exceed exceededer:exceeded exceededness:exceeded succeeds:succeed
        succeedly:succeed succeeder:succeed succeedness:succeed succeededs:succeed
        succeededed:succeeded succeededing:succeeded succeededly:succeed succeededer:succeeded
        succeededness:succeeded succeedings:succeed succeedinged:succeeding
        succeedinging:succeeding succeedingly:succeed succeedinger:succeeding
        succeedingness:succeeding indeeds:inde indeeded:indeed indeeding:indeed indeedly:inde
        indeeder:indeed indeedness:indeed bleeds:bleed bleeded:bleed bleeding:bleed
        bleedly:bleed bleeder:bleeder bleedness:bleed speeded:speed speeding:speed
        speedly:speed speeder:speeder speedness:speed heedlesslys:heedless
        heedlesslyed:heedless heedlesslying:heedless heedlesslyly:heedlesslyli
        heedlesslyer:heedlessly heedlesslyness:heedlessly exceedinglys:exceed
        exceedinglyed:exceeding exceedinglying:exceeding exceedinglyly:exceedinglyli
        exceedinglyer:exceedingly exceedinglyness:exceedingly hopings:hope hopinged:hoping
        hopinging:hoping hopingly:hope hopinger:hoping hopingness:hoping fileds:file
        fileded:filed fileding:filed filedly:file fileder:filed filedness:filed filleds:fill
        filleded:filled filleding:filled filledly:fill filleder:filled filledness:filled
        faileds:fail faileded:failed faileding:failed failedly:fail faileder:failed
        failedness:failed luxuriateds:luxuri luxuriateded:luxuriated luxuriateding:luxuriated
        luxuriatedly:luxuri luxuriateder:luxuriated luxuriatedness:luxuriated
        luxuriatings:luxuri luxuriatinged:luxuriating luxuriatinging:luxuriating
        luxuriatingly:luxuri luxuriatinger:luxuriating luxuriatingness:luxuriating sizings:size
        sizinged:sizing sizinging:sizing sizingly:size sizinger:sizing sizingness:sizing
        hoppeds:hop hoppeded:hopped hoppeding:hopped hoppedly:hop hoppeder:hopped
        hoppedness:hopped addeds:add addeded:added addeding:added addedly:add addeder:added
        addedness:added eggeds:egg eggeded:egged eggeding:egged eggedly:egg eggeder:egged
        eggedness:egged inneds:in inneded:inned inneding:inned innedly:in inneder:inned
        innedness:inned adders:adder addered:adder addering:adder adderly:adder adderer:adder
        adderness:adder cannings:canning canninged:canning canninging:canning canningly:can
        canninger:canning canningness:canning inninged:inning inninging:inning inningly:in
        inninger:inning inningness:inning inningss:inningss inningsed:innings
        inningsing:innings inningsly:inningsli inningser:innings inningsness:innings
        outinged:outing outinging:outing outingly:out outinger:outing outingness:outing
        outingss:outingss outingsed:outings outingsing:outings outingsly:outingsli
        outingser:outings outingsness:outings eveninged:evening eveninging:evening
        eveningly:even eveninger:evening eveningness:evening eveningss:eveningss
        eveningsed:evenings eveningsing:evenings eveningsly:eveningsli eveningser:evenings
        eveningsness:evenings herringed:herring herringing:herring herringly:her
        herringer:herring herringness:herring herringss:herringss herringsed:herrings
        herringsing:herrings herringsly:herringsli herringser:herrings herringsness:herrings
        earringed:earring earringing:earring earringly:ear earringer:earring
        earringness:earring earringss:earringss earringsed:earrings earringsing:earrings
        earringsly:earringsli earringser:earrings earringsness:earrings proceedings:proceed
        proceedinged:proceeding proceedinging:proceeding proceedingly:proceed
        proceedinger:proceeding proceedingness:proceeding lyings:lie lyinged:lying
        lyinging:lying lyingly:ly lyinger:lyinger lyingness:lying tyings:tie tyinged:tying
        tyinging:tying tyingly:ty tyinger:tyinger tyingness:tying dyeds:dy dyeded:dyed
        dyeding:dyed dyedly:dy dyeder:dyeder dyedness:dyed flyings:fli flyinged:flying
        flyinging:flying flyingly:fli flyinger:flyinger flyingness:flying playings:play
        playinged:playing playinging:playing playingly:play playinger:playing
        playingness:playing payings:pay payinged:paying payinging:paying payingly:pay
        payinger:paying payingness:paying sayings:say sayinged:saying sayinging:saying
        sayingly:say sayinger:saying sayingness:saying stayings:stay stayinged:staying
        stayinging:staying stayingly:stay stayinger:staying stayingness:staying buyings:buy
        buyinged:buying buyinging:buying buyingly:buy buyinger:buying buyingness:buying
        tryings:tri tryinged:trying tryinging:trying tryingly:tri tryinger:tryinger
        tryingness:trying cryings:cri cryinged:crying cryinging:crying cryingly:cri
        cryinger:cryinger cryingness:crying fryings:fri fryinged:frying fryinging:frying
        fryingly:fri fryinger:fryinger fryingness:frying skiings:ski skiinged:skiing
        skiinging:skiing skiingly:ski skiinger:skiinger skiingness:skiing seeings:see
        seeinged:seeing seeinging:seeing seeingly:see seeinger:seeinger seeingness:seeing
        beings:be beinged:being beinging:being beingly:be beinger:beinger beingness:being
        goings:go goinged:going goinging:going goingly:go goinger:goinger goingness:going
        doings:do doinged:doing doinging:doing doingly:do doinger:doinger doingness:doing
        brings:bring bringed:bring bringing:bring bringly:bring bringer:bringer bringness:bring
        kings:king kinged:king kinging:king kingly:king kinger:kinger kingness:king
        things:thing thinged:thing thinging:thing thingly:thing thinger:thinger thingness:thing
        strings:string stringed:string stringing:string stringly:string stringer:stringer
        stringness:string springs:spring springed:spring springing:spring springly:spring
        springer:springer springness:spring rings:ring ringed:ring ringing:ring ringly:ring
        ringer:ringer ringness:ring wings:wing winged:wing winging:wing wingly:wing
        winger:winger wingness:wing durings:dure duringed:during duringing:during duringly:dure
        duringer:during duringness:during mornings:morn morninged:morning morninging:morning
        morningly:morn morninger:morning morningness:morning nothings:noth nothinged:nothing
        nothinging:nothing nothingly:noth nothinger:nothing nothingness:nothing
        somethings:someth somethinged:something somethinging:something somethingly:someth
        somethinger:something somethingness:something anythings:anyth anythinged:anything
        anythinging:anything anythingly:anyth anythinger:anything anythingness:anything
        everythings:everyth everythinged:everything everythinging:everything
        everythingly:everyth everythinger:everything everythingness:everything
        interestings:interest interestinged:interesting interestinging:interesting
        interestinger:interesting interestingness:interesting shippings:ship
        shippinged:shipping shippinging:shipping shippingly:ship shippinger:shipping
        shippingness:shipping billings:bill billinged:billing billinging:billing billingly:bill
        billinger:billing billingness:billing routings:rout routinged:routing
        routinging:routing routingly:rout routinger:routing routingness:routing
        settinged:setting settinging:setting settingly:set settinger:setting
        settingness:setting gettings:get gettinged:getting gettinging:getting gettingly:get
        gettinger:getting gettingness:getting puttings:put puttinged:putting puttinging:putting
        puttingly:put puttinger:putting puttingness:putting cuttings:cut cuttinged:cutting
        cuttinging:cutting cuttingly:cut cuttinger:cutting cuttingness:cutting runnings:run
        runninged:running runninging:running runningly:run runninger:running
        runningness:running stoppings:stop stoppinged:stopping stoppinging:stopping
        stoppingly:stop stoppinger:stopping stoppingness:stopping plannings:plan
        planninged:planning planninging:planning planningly:plan planninger:planning
        planningness:planning scannings:scan scanninged:scanning scanninging:scanning
        scanningly:scan scanninger:scanning scanningness:scanning loggings:log
        logginged:logging logginging:logging loggingly:log logginger:logging
        loggingness:logging bloggings:blog blogginged:blogging blogginging:blogging
        bloggingly:blog blogginger:blogging bloggingness:blogging droppings:drop
        droppinged:dropping droppinging:dropping droppingly:drop droppinger:dropping
        droppingness:dropping shoppings:shop shoppinged:shopping shoppinging:shopping
        shoppingly:shop shoppinger:shopping shoppingness:shopping wrappeds:wrap
        wrappeded:wrapped wrappeding:wrapped wrappedly:wrap wrappeder:wrapped
        wrappedness:wrapped shippeds:ship shippeded:shipped shippeding:shipped shippedly:ship
        shippeder:shipped shippedness:shipped stoppeds:stop stoppeded:stopped
        stoppeding:stopped stoppedly:stop stoppeder:stopped stoppedness:stopped planneds:plan
        planneded:planned planneding:planned plannedly:plan planneder:planned
        plannedness:planned occurreds:occur occurreded:occurred occurreding:occurred
        occurredly:occur occurreder:occurred occurredness:occurred referreds:refer
        referreded:referred referreding:referred referredly:refer referreder:referred
        referredness:referred preferreds:prefer preferreded:preferred preferreding:preferred
        preferredly:prefer preferreder:preferred preferredness:preferred deferreds:defer
        deferreded:deferred deferreding:deferred deferredly:defer deferreder:deferred
        deferredness:deferred admitteds:admit admitteded:admitted admitteding:admitted
        admittedly:admit admitteder:admitted admittedness:admitted committeds:commit
        committeded:committed committeding:committed committedly:commit committeder:committed
        committedness:committed submitteds:submit submitteded:submitted submitteding:submitted
        submittedly:submit submitteder:submitted submittedness:submitted permitteds:permit
        permitteded:permitted permitteding:permitted permittedly:permit permitteder:permitted
        permittedness:permitted controlleds:control controlleded:controlled
        controlleding:controlled controlledly:control controlleder:controlled
        controlledness:controlled canceleds:cancel canceleded:canceled canceleding:canceled
        canceledly:cancel canceleder:canceled canceledness:canceled labelleds:label
        labelleded:labelled labelleding:labelled labelledly:label labelleder:labelled
        labelledness:labelled labeleds:label labeleded:labeled labeleding:labeled
        labeledly:label labeleder:labeled labeledness:labeled travelleds:travel
        travelleded:travelled travelleding:travelled travelledly:travel travelleder:travelled
        travelledness:travelled traveleds:travel traveleded:traveled traveleding:traveled
        traveledly:travel traveleder:traveled traveledness:traveled modelleds:model
        modelleded:modelled modelleding:modelled modelledly:model modelleder:modelled
        modelledness:modelled fulfilleds:fulfil fulfilleded:fulfilled fulfilleding:fulfilled
        fulfilledly:fulfil fulfilleder:fulfilled fulfilledness:fulfilled installeds:instal
        installeded:installed installeding:installed installedly:instal installeder:installed
        installedness:installed enrolleds:enrol enrolleded:enrolled enrolleding:enrolled
        enrolledly:enrol enrolleder:enrolled enrolledness:enrolled rolleds:roll rolleded:rolled
        rolleding:rolled rolledly:roll rolleder:rolled rolledness:rolled spelleds:spell
        spelleded:spelled spelleding:spelled spelledly:spell spelleder:spelled
        spelledness:spelled compelleds:compel compelleded:compelled compelleding:compelled
        compelledly:compel compelleder:compelled compelledness:compelled expelleds:expel
        expelleded:expelled expelleding:expelled expelledly:expel expelleder:expelled
        expelledness:expelled fleds:fled fleded:flede fleding:flede fledly:fled fleder:fleder
        fledness:fled reds:red reded:rede reding:rede redly:red reder:reder redness:red
        beds:bed beded:bede beding:bede bedly:bed beder:beder bedness:bed sheds:shed
        sheded:shede sheding:shede shedly:shed sheder:sheder shedness:shed weds:wed weded:wede
        weding:wede wedly:wed weder:weder wedness:wed sleds:sled sleded:slede sleding:slede
        sledly:sled sleder:sleder sledness:sled leds:led leded:lede leding:lede ledly:led
        leder:leder ledness:led feds:fed feded:fede feding:fede fedly:fed feder:feder
        fedness:fed breds:bred breded:brede breding:brede bredly:bred breder:breder
        bredness:bred seeds:seed seeded:seed seeding:seed seedly:seed seeder:seeder
        seedness:seed weeds:weed weeded:weed weeding:weed weedly:weed weeder:weeder
        weedness:weed reeds:reed reeded:reed reeding:reed reedly:reed reeder:reeder
        reedness:reed deeds:deed deeded:deed deeding:deed deedly:deed deeder:deeder
        deedness:deed heeds:heed heeded:heed heeding:heed heedly:heed heeder:heeder
        heedness:heed creeds:creed creeded:creed creeding:creed creedly:creed creeder:creeder
        creedness:creed happinesss:happinesss happinessed:happi happinessing:happi
        happinessly:happinessli happinesser:happiness happinessness:happiness sayed:say
        sayly:sayli sayer:sayer sayness:say sayss:sayss saysed:says saysing:says saysly:saysli
        sayser:sayser saysness:says saids:said saided:said saiding:said saidly:said
        saider:saider saidness:said enjoys:enjoy enjoyly:enjoyli enjoyer:enjoy enjoyness:enjoy
        enjoyeds:enjoy enjoyeded:enjoyed enjoyeding:enjoyed enjoyedly:enjoy enjoyeder:enjoyed
        enjoyedness:enjoyed enjoyings:enjoy enjoyinged:enjoying enjoyinging:enjoying
        enjoyingly:enjoy enjoyinger:enjoying enjoyingness:enjoying annoyings:annoy
        annoyinged:annoying annoyinging:annoying annoyingly:annoy annoyinger:annoying
        annoyingness:annoying annoyances:annoy annoyanceed:annoyance annoyanceing:annoy
        annoyancely:annoy annoyanceer:annoyanc annoyanceness:annoy toyss:toyss toysed:toys
        toysing:toys toysly:toysli toyser:toyser toysness:toys boyss:boyss boysed:boys
        boysing:boys boysly:boysli boyser:boyser boysness:boys dayss:dayss daysed:days
        daysing:days daysly:daysli dayser:dayser daysness:days keyss:keyss keysed:keys
        keysing:keys keysly:keysli keyser:keyser keysness:keys monkeyed:monkey monkeying:monkey
        monkeyly:monkeyli monkeyer:monkey monkeyness:monkey monkeyss:monkeyss monkeysed:monkeys
        monkeysing:monkeys monkeysly:monkeysli monkeyser:monkeys monkeysness:monkeys
        journeyed:journey journeying:journey journeyly:journeyli journeyer:journey
        journeyness:journey journeyss:journeyss journeysed:journeys journeysing:journeys
        journeysly:journeysli journeyser:journeys journeysness:journeys attorneyed:attorney
        attorneying:attorney attorneyly:attorneyli attorneyer:attorney attorneyness:attorney
        attorneyss:attorneyss attorneysed:attorneys attorneysing:attorneys
        attorneysly:attorneysli attorneyser:attorneys attorneysness:attorneys yellows:yellow
        yellowed:yellow yellowing:yellow yellowly:yellowli yellower:yellow yellowness:yellow
        youths:youth youthed:youth youthing:youth youthly:youth youther:youther youthness:youth
        beyonds:beyond beyonded:beyond beyonding:beyond beyondly:beyond beyonder:beyond
        beyondness:beyond crayons:crayon crayoned:crayon crayoning:crayon crayonly:crayon
        crayoner:crayon crayonness:crayon players:player playered:player playering:player
        playerly:player playerer:player playerness:player lawyers:lawyer lawyered:lawyer
        lawyering:lawyer lawyerly:lawyer lawyerer:lawyer lawyerness:lawyer employers:employ
        employered:employ employering:employ employerly:employ employerer:employer
        employerness:employ employees:employe employeeed:employee employeeing:employe
        employeely:employe employeeer:employe employeeness:employe employments:employ
        employmented:employ employmenting:employ employmently:employ employmenter:employment
        employmentness:employ paymented:payment paymenting:payment paymently:payment
        paymenter:payment paymentness:payment payss:payss paysed:pays paysing:pays
        paysly:paysli payser:payser paysness:pays delaying:delay delayly:delayli delayer:delay
        delayness:delay delayeds:delay delayeded:delayed delayeding:delayed delayedly:delay
        delayeder:delayed delayedness:delayed delayss:delayss delaysed:delays delaysing:delays
        delaysly:delaysli delayser:delays delaysness:delays displays:display displaying:display
        displayly:displayli displayer:display displayness:display displayeds:display
        displayeded:displayed displayeding:displayed displayedly:display displayeder:displayed
        displayedness:displayed replays:replay replayed:replay replaying:replay
        replayly:replayli replayer:replay replayness:replay relays:relay relayed:relay
        relaying:relay relayly:relayli relayer:relay relayness:relay okays:okay okayed:okay
        okaying:okay okayly:okayli okayer:okay okayness:okay yays:yay yayed:yay yaying:yay
        yayly:yayli yayer:yayer yayness:yay yoyos:yoyo yoyoed:yoyo yoyoing:yoyo yoyoly:yoyoli
        yoyoer:yoyoer yoyoness:yoyo yearlys:year yearlyed:year yearlying:year yearlyly:yearlyli
        yearlyer:yearlyer yearlyness:yearly dailys:daili dailyed:daili dailying:daili
        dailyly:dailyli dailyer:dailyer dailyness:daily earlys:ear earlyed:ear earlying:ear
        earlyly:earlyli earlyer:earlyer earlyness:early onlys:on onlyed:on onlying:on
        onlyly:onlyli onlyer:onlyer onlyness:only uglys:ug uglyed:ug uglying:ug uglyly:uglyli
        uglyer:uglyer uglyness:ugly idlys:id idlyed:id idlying:id idlyly:idlyli idlyer:idlyer
        idlyness:idly gentlys:gentli gentlyed:gentli gentlying:gentli gentlyly:gentlyli
        gentlyer:gentlyer gentlyness:gently singlys:sing singlyed:sing singlying:sing
        singlyly:singlyli singlyer:singlyer singlyness:singly replys:repli replyed:repli
        replying:repli replyly:replyli replyer:replyer replyness:reply relys:reli relyed:reli
        relying:reli relyly:relyli relyer:relyer relyness:rely applys:appli applyed:appli
        applyly:applyli applyer:applyer applyness:apply supplys:suppli supplyed:suppli
        supplying:suppli supplyly:supplyli supplyer:supplyer supplyness:supply denys:deni
        denyed:deni denying:deni denyly:denyli denyer:denyer denyness:deny identifys:identifi
        identifyed:identifi identifyly:identifyli identifyer:identify identifyness:identify
        identifieds:identifi identifieded:identified identifieding:identified
        identifiedly:identifi identifieder:identified identifiedness:identified verifys:verifi
        verifyed:verifi verifyly:verifyli verifyer:verify verifyness:verify verifieds:verifi
        verifieded:verified verifieding:verified verifiedly:verifi verifieder:verified
        verifiedness:verified notifys:notifi notifyed:notifi notifying:notifi notifyly:notifyli
        notifyer:notify notifyness:notify notifieds:notifi notifieded:notified
        notifieding:notified notifiedly:notifi notifieder:notified notifiedness:notified
        modifys:modifi modifyed:modifi modifying:modifi modifyly:modifyli modifyer:modify
        modifyness:modify modifieds:modifi modifieded:modified modifieding:modified
        modifiedly:modifi modifieder:modified modifiedness:modified qualifys:qualifi
        qualifyed:qualifi qualifying:qualifi qualifyly:qualifyli qualifyer:qualify
        qualifyness:qualify classifys:classifi classifyed:classifi classifying:classifi
        classifyly:classifyli classifyer:classify classifyness:classify simplifys:simplifi
        simplifyed:simplifi simplifying:simplifi simplifyly:simplifyli simplifyer:simplify
        simplifyness:simplify satisfys:satisfi satisfyed:satisfi satisfying:satisfi
        satisfyly:satisfyli satisfyer:satisfy satisfyness:satisfy satisfieds:satisfi
        satisfieded:satisfied satisfieding:satisfied satisfiedly:satisfi satisfieder:satisfied
        satisfiedness:satisfied dissatisfieds:dissatisfi dissatisfieded:dissatisfied
        dissatisfieding:dissatisfied dissatisfiedly:dissatisfi dissatisfieder:dissatisfied
        dissatisfiedness:dissatisfied policys:polici policyed:polici policying:polici
        policyly:policyli policyer:policy policyness:policy policiess:policiess
        policiesed:policies policiesing:policies policiesly:policiesli policieser:policies
        policiesness:policies privacys:privaci privacyed:privaci privacying:privaci
        privacyly:privacyli privacyer:privacy privacyness:privacy agencys:agenc agencyed:agenc
        agencying:agenc agencyly:agencyli agencyer:agency agencyness:agency currencys:currenc
        currencyed:currenc currencying:currenc currencyly:currencyli currencyer:currency
        currencyness:currency frequencys:frequenc frequencyed:frequenc frequencying:frequenc
        frequencyly:frequencyli frequencyer:frequency frequencyness:frequency
        emergencys:emergenc emergencyed:emergenc emergencying:emergenc emergencyly:emergencyli
        emergencyer:emergency emergencyness:emergency apologys:apolog apologyed:apolog
        apologying:apolog apologyly:apologyli apologyer:apology apologyness:apology
        apologiess:apologiess apologiesed:apologies apologiesing:apologies
        apologiesly:apologiesli apologieser:apologies apologiesness:apologies biologys:biolog
        biologyed:biolog biologying:biolog biologyly:biologyli biologyer:biology
        biologyness:biology geologys:geolog geologyed:geolog geologying:geolog
        geologyly:geologyli geologyer:geology geologyness:geology geologists:geolog
        geologisted:geolog geologisting:geolog geologistly:geologist geologister:geologist
        geologistness:geologist biologists:biolog biologisted:biolog biologisting:biolog
        biologistly:biologist biologister:biologist biologistness:biologist
        technologys:technolog technologyed:technolog technologying:technolog
        technologyly:technologyli technologyer:technology technologyness:technology
        technologiess:technologiess technologiesed:technologies technologiesing:technologies
        technologiesly:technologiesli technologieser:technologies technologiesness:technologies
        analogys:analog analogyed:analog analogying:analog analogyly:analogyli
        analogyer:analogy analogyness:analogy theologys:theolog theologyed:theolog
        theologying:theolog theologyly:theologyli theologyer:theology theologyness:theology
        psychologys:psycholog psychologyed:psycholog psychologying:psycholog
        psychologyly:psychologyli psychologyer:psychology psychologyness:psychology
        sociologists:sociolog sociologisted:sociolog sociologisting:sociolog
        sociologistly:sociologist sociologister:sociologist sociologistness:sociologist
        ecologists:ecolog ecologisted:ecolog ecologisting:ecolog ecologistly:ecologist
        ecologister:ecologist ecologistness:ecologist zoologists:zoolog zoologisted:zoolog
        zoologisting:zoolog zoologistly:zoologist zoologister:zoologist zoologistness:zoologist
        nationals:nation nationaled:nation nationaling:nation nationally:nation
        nationaler:national nationalness:nation valencys:valenc valencyed:valenc
        valencying:valenc valencyly:valencyli valencyer:valency valencyness:valency
        hesitancys:hesit hesitancyed:hesit hesitancying:hesit hesitancyly:hesitancyli
        hesitancyer:hesitancy hesitancyness:hesitancy conformablys:conform
        conformablyed:conform conformablying:conform conformablyly:conformablyli
        conformablyer:conformably conformablyness:conformably radicallys:radic
        radicallyed:radic radicallying:radic radicallyly:radicallyli radicallyer:radically
        radicallyness:radically differentlys:differ differentlyed:differ differentlying:differ
        differentlyly:differentlyli differentlyer:differently differentlyness:differently
        vilelys:vile vilelyed:vile vilelying:vile vilelyly:vilelyli vilelyer:vilely
        vilelyness:vilely analogouslys:analog analogouslyed:analog analogouslying:analog
        analogouslyly:analogouslyli analogouslyer:analogously analogouslyness:analogously
        formalitys:formal formalityed:formal formalitying:formal formalityly:formalityli
        formalityer:formality formalityness:formality sensitivitys:sensit sensitivityed:sensit
        sensitivitying:sensit sensitivityly:sensitivityli sensitivityer:sensitivity
        sensitivityness:sensitivity sensibilitys:sensibl sensibilityed:sensibl
        sensibilitying:sensibl sensibilityly:sensibilityli sensibilityer:sensibility
        sensibilityness:sensibility fruitfullys:fruit fruitfullyed:fruit fruitfullying:fruit
        fruitfullyly:fruitfullyli fruitfullyer:fruitfully fruitfullyness:fruitfully
        hopelesslys:hopeless hopelesslyed:hopeless hopelesslying:hopeless
        hopelesslyly:hopelesslyli hopelesslyer:hopelessly hopelesslyness:hopelessly
        helplesslys:helpless helplesslyed:helpless helplesslying:helpless
        helplesslyly:helplesslyli helplesslyer:helplessly helplesslyness:helplessly
        carelesslys:careless carelesslyed:careless carelesslying:careless
        carelesslyly:carelesslyli carelesslyer:carelessly carelesslyness:carelessly
        usefullys:use usefullyed:use usefullying:use usefullyly:usefullyli usefullyer:usefully
        usefullyness:usefully recentlys:recent recentlyed:recent recentlying:recent
        recentlyly:recentlyli recentlyer:recently recentlyness:recently currentlys:current
        currentlyed:current currentlying:current currentlyly:currentlyli currentlyer:currently
        currentlyness:currently apparentlys:appar apparentlyed:appar apparentlying:appar
        apparentlyly:apparentlyli apparentlyer:apparently apparentlyness:apparently
        frequentlys:frequent frequentlyed:frequent frequentlying:frequent
        frequentlyly:frequentlyli frequentlyer:frequently frequentlyness:frequently
        obviouslys:obvious obviouslyed:obvious obviouslying:obvious obviouslyly:obviouslyli
        obviouslyer:obviously obviouslyness:obviously seriouslys:serious seriouslyed:serious
        seriouslying:serious seriouslyly:seriouslyli seriouslyer:seriously
        seriouslyness:seriously previouslys:previous previouslyed:previous
        previouslying:previous previouslyly:previouslyli previouslyer:previously
        previouslyness:previously fabulouslys:fabul fabulouslyed:fabul fabulouslying:fabul
        fabulouslyly:fabulouslyli fabulouslyer:fabulously fabulouslyness:fabulously
        famouslys:famous famouslyed:famous famouslying:famous famouslyly:famouslyli
        famouslyer:famously famouslyness:famously nervouslys:nervous nervouslyed:nervous
        nervouslying:nervous nervouslyly:nervouslyli nervouslyer:nervously
        nervouslyness:nervously logicallys:logic logicallyed:logic logicallying:logic
        logicallyly:logicallyli logicallyer:logically logicallyness:logically basicallys:basic
        basicallyed:basic basicallying:basic basicallyly:basicallyli basicallyer:basically
        basicallyness:basically electricallys:electr electricallyed:electr
        electricallying:electr electricallyly:electricallyli electricallyer:electrically
        electricallyness:electrically automaticallys:automat automaticallyed:automat
        automaticallying:automat automaticallyly:automaticallyli automaticallyer:automatically
        automaticallyness:automatically specificallys:specif specificallyed:specif
        specificallying:specif specificallyly:specificallyli specificallyer:specifically
        specificallyness:specifically technicallys:technic technicallyed:technic
        technicallying:technic technicallyly:technicallyli technicallyer:technically
        technicallyness:technically typicallys:typic typicallyed:typic typicallying:typic
        typicallyly:typicallyli typicallyer:typically typicallyness:typically
        criticallys:critic criticallyed:critic criticallying:critic criticallyly:criticallyli
        criticallyer:critically criticallyness:critically cyclicallys:cyclic
        cyclicallyed:cyclic cyclicallying:cyclic cyclicallyly:cyclicallyli
        cyclicallyer:cyclically cyclicallyness:cyclically allegedlys:alleg allegedlyed:alleged
        allegedlying:alleged allegedlyly:allegedlyli allegedlyer:allegedly
        allegedlyness:allegedly supposedlys:suppos supposedlyed:supposed supposedlying:supposed
        supposedlyly:supposedlyli supposedlyer:supposedly supposedlyness:supposedly
        reportedlys:report reportedlyed:reported reportedlying:reported
        reportedlyly:reportedlyli reportedlyer:reportedly reportedlyness:reportedly
        markedlys:mark markedlyed:marked markedlying:marked markedlyly:markedlyli
        markedlyer:markedly markedlyness:markedly repeatedlys:repeat repeatedlyed:repeated
        repeatedlying:repeated repeatedlyly:repeatedlyli repeatedlyer:repeatedly
        repeatedlyness:repeatedly surprisinglys:surpris surprisinglyed:surprising
        surprisinglying:surprising surprisinglyly:surprisinglyli surprisinglyer:surprisingly
        surprisinglyness:surprisingly amazinglys:amaz amazinglyed:amazing amazinglying:amazing
        amazinglyly:amazinglyli amazinglyer:amazingly amazinglyness:amazingly willinglys:will
        willinglyed:willing willinglying:willing willinglyly:willinglyli willinglyer:willingly
        willinglyness:willingly knowinglys:know knowinglyed:knowing knowinglying:knowing
        knowinglyly:knowinglyli knowinglyer:knowingly knowinglyness:knowingly seeminglys:seem
        seeminglyed:seeming seeminglying:seeming seeminglyly:seeminglyli seeminglyer:seemingly
        seeminglyness:seemingly accordinglys:accord accordinglyed:according
        accordinglying:according accordinglyly:accordinglyli accordinglyer:accordingly
        accordinglyness:accordingly increasinglys:increas increasinglyed:increasing
        increasinglying:increasing increasinglyly:increasinglyli increasinglyer:increasingly
        increasinglyness:increasingly interestinglys:interest interestinglyed:interesting
        interestinglying:interesting interestinglyly:interestinglyli
        interestinglyer:interestingly interestinglyness:interestingly feelinglys:feel
        feelinglyed:feeling feelinglying:feeling feelinglyly:feelinglyli feelinglyer:feelingly
        feelinglyness:feelingly additionals:addit additionaled:addit additionaling:addit
        additionally:addit additionaler:additional additionalness:addition traditionals:tradit
        traditionaled:tradit traditionaling:tradit traditionally:tradit
        traditionaler:traditional traditionalness:tradition optionals:option optionaled:option
        optionaling:option optionally:option optionaler:optional optionalness:option
        emotionals:emot emotionaled:emot emotionaling:emot emotionally:emot
        emotionaler:emotional emotionalness:emotion professionals:profession
        professionaled:profession professionaling:profession professionally:profession
        professionaler:professional professionalness:profession duplicates:duplic
        duplicateed:duplicate duplicateing:duplic duplicately:duplic duplicateer:duplicat
        duplicateness:duplic indicates:indic indicateed:indicate indicateing:indic
        indicately:indic indicateer:indicat indicateness:indic communicates:communic
        communicateed:communicate communicateing:communic communicately:communic
        communicateer:communicat communicateness:communic communications:communic
        communicationed:communic communicationing:communic communicationly:communicat
        communicationer:communication communicationness:communicat communitys:communiti
        communityed:communiti communitying:communiti communityly:communityli
        communityer:community communityness:community communists:communist
        communisted:communist communisting:communist communistly:communist
        communister:communist communistness:communist arsenics:arsenic arseniced:arsenic
        arsenicing:arsenic arsenicly:arsenic arsenicer:arsenic arsenicness:arsenic
        arsenals:arsenal arsenaled:arsenal arsenaling:arsenal arsenally:arsenal
        arsenaler:arsenal arsenalness:arsenal universes:univers universeed:universe
        universeing:univers universely:univers universeer:universeer universeness:univers
        universals:universal universaled:universal universaling:universal universally:universal
        universaler:universal universalness:universal universitys:universiti
        universityed:universiti universitying:universiti universityly:universityli
        universityer:university universityness:university universitiess:universitiess
        universitiesed:universities universitiesing:universities universitiesly:universitiesli
        universitieser:universities universitiesness:universities laters:later latered:latere
        latering:latere laterly:later laterer:laterer laterness:later laterals:lateral
        lateraled:lateral lateraling:lateral lateraler:lateral lateralness:lateral
        laterallys:lateral laterallyed:lateral laterallying:lateral laterallyly:laterallyli
        laterallyer:laterally laterallyness:laterally emerges:emerg emergeed:emerge
        emergeing:emerg emergely:emerg emergeer:emergeer emergeness:emerg emergences:emergenc
        emergenceed:emergence emergenceing:emergenc emergencely:emergenc emergenceer:emergenc
        emergenceness:emergenc emergings:emerg emerginged:emerging emerginging:emerging
        emergingly:emerg emerginger:emerging emergingness:emerging organs:organ organed:organe
        organing:organe organly:organ organer:organer organness:organ organics:organic
        organiced:organic organicing:organic organicly:organic organicer:organic
        organicness:organic organizes:organiz organizeed:organize organizeing:organiz
        organizely:organiz organizeer:organiz organizeness:organiz organizationed:organiz
        organizationing:organiz organizationly:organizat organizationer:organization
        organizationness:organizat organizationals:organiz organizationaled:organiz
        organizationaling:organiz organizationally:organiz organizationaler:organizational
        organizationalness:organization organisms:organism organismed:organism
        organisming:organism organismly:organism organismer:organism organismness:organism
        interns:intern interned:intern interning:intern internly:intern interner:interner
        internness:intern internals:internal internaled:internal internaling:internal
        internally:internal internaler:internal internalness:internal internationals:internat
        internationaled:internat internationaling:internat internationally:internat
        internationaler:international internationalness:internation internets:internet
        interneted:internet interneting:internet internetly:internet interneter:internet
        internetness:internet intervals:interval intervaled:interval intervaling:interval
        intervally:interval intervaler:interval intervalness:interval interferes:interfer
        interfereed:interfere interfereing:interfer interferely:interfer interfereer:interfer
        interfereness:interfer interferences:interfer interferenceed:interference
        interferenceing:interfer interferencely:interfer interferenceer:interferenc
        interferenceness:interfer pasts:past pastly:past paster:paster pastness:past
        pastes:paste pasteed:paste pasteing:paste pastely:paste pasteer:pasteer pasteness:paste
        pasteds:paste pasteded:pasted pasteding:pasted pastedly:paste pasteder:pasted
        pastedness:pasted pastings:paste pastinged:pasting pastinging:pasting pastingly:paste
        pastinger:pasting pastingness:pasting pastas:pasta pastaed:pasta pastaing:pasta
        pastaly:pastali pastaer:pastaer pastaness:pasta pastimes:pastim pastimeed:pastime
        pastimeing:pastim pastimely:pastim pastimeer:pastim pastimeness:pastim
        agreements:agreement agreemented:agreement agreementing:agreement agreemently:agreement
        agreementer:agreement agreementness:agreement settlements:settlement
        settlemented:settlement settlementing:settlement settlemently:settlement
        settlementer:settlement settlementness:settlement managements:manag managemented:manag
        managementing:manag managemently:manag managementer:management managementness:manag
        governments:govern governmented:govern governmenting:govern governmently:govern
        governmenter:government governmentness:govern statements:statement
        statemented:statement statementing:statement statemently:statement
        statementer:statement statementness:statement departments:depart departmented:depart
        departmenting:depart departmently:depart departmenter:department departmentness:depart
        developments:develop developmented:develop developmenting:develop developmently:develop
        developmenter:development developmentness:develop environments:environ
        environmented:environ environmenting:environ environmently:environ
        environmenter:environment environmentness:environ requirements:requir
        requiremented:requir requirementing:requir requiremently:requir
        requirementer:requirement requirementness:requir achievements:achiev
        achievemented:achiev achievementing:achiev achievemently:achiev
        achievementer:achievement achievementness:achiev enrollments:enrol enrollmented:enrol
        enrollmenting:enrol enrollmently:enrol enrollmenter:enrollment enrollmentness:enrol
        enrolments:enrol enrolmented:enrol enrolmenting:enrol enrolmently:enrol
        enrolmenter:enrolment enrolmentness:enrol placements:placement placemented:placement
        placementing:placement placemently:placement placementer:placement
        placementness:placement measurements:measur measuremented:measur measurementing:measur
        measuremently:measur measurementer:measurement measurementness:measur
        assessments:assess assessmented:assess assessmenting:assess assessmently:assess
        assessmenter:assessment assessmentness:assess announcements:announc
        announcemented:announc announcementing:announc announcemently:announc
        announcementer:announcement announcementness:announc advertisements:advertis
        advertisemented:advertis advertisementing:advertis advertisemently:advertis
        advertisementer:advertisement advertisementness:advertis arrangements:arrang
        arrangemented:arrang arrangementing:arrang arrangemently:arrang
        arrangementer:arrangement arrangementness:arrang shipments:shipment shipmented:shipment
        shipmenting:shipment shipmently:shipment shipmenter:shipment shipmentness:shipment
        equipments:equip equipmented:equip equipmenting:equip equipmently:equip
        equipmenter:equipment equipmentness:equip treatments:treatment treatmented:treatment
        treatmenting:treatment treatmently:treatment treatmenter:treatment
        treatmentness:treatment refundly:refund refunder:refund refundness:refund
        refundeds:refund refundeded:refunded refundeding:refunded refundedly:refund
        refundeder:refunded refundedness:refunded refundables:refund refundableed:refundable
        refundableing:refund refundablely:refund refundableer:refundabl refundableness:refund
        nonrefundables:nonrefund nonrefundableed:nonrefundable nonrefundableing:nonrefund
        nonrefundablely:nonrefund nonrefundableer:nonrefundabl nonrefundableness:nonrefund
        fills:fill filling:fill fillly:fillli filler:filler fillness:fill tells:tell
        telled:tell telling:tell tellly:tellli teller:teller tellness:tell wells:well
        welled:well welling:well wellly:wellli weller:weller wellness:well alls:all alled:all
        alling:all allly:allli aller:aller allness:all hells:hell helled:hell helling:hell
        hellly:hellli heller:heller hellness:hell malls:mall malled:mall malling:mall
        mallly:mallli maller:maller mallness:mall billly:billli biller:biller billness:bill
        installs:instal installly:installli installer:instal installness:instal shalls:shall
        shalled:shall shalling:shall shallly:shallli shaller:shaller shallness:shall
        smalls:small smalled:small smalling:small smallly:smallli smaller:smaller
        smallness:small talls:tall talled:tall talling:tall tallly:tallli taller:taller
        tallness:tall falls:fall falled:fall fallly:fallli faller:faller fallness:fall
        accounted:account accountly:account accounter:account accountness:account
        accountings:account accountinged:accounting accountinging:accounting
        accountingly:account accountinger:accounting accountingness:accounting
        accountants:account accountanted:account accountanting:account accountantly:account
        accountanter:accountant accountantness:account accountables:account
        accountableed:accountable accountableing:account accountablely:account
        accountableer:accountabl accountableness:account accountabilitys:account
        accountabilityed:account accountabilitying:account accountabilityly:accountabilityli
        accountabilityer:accountability accountabilityness:accountability authenticates:authent
        authenticateed:authenticate authenticateing:authent authenticately:authent
        authenticateer:authenticat authenticateness:authentic authenticateds:authent
        authenticateded:authenticated authenticateding:authenticated authenticatedly:authent
        authenticateder:authenticated authenticatedness:authenticated authenticators:authent
        authenticatored:authent authenticatoring:authent authenticatorly:authenticator
        authenticatorer:authenticator authenticatorness:authenticator authorizes:author
        authorizeed:authorize authorizeing:author authorizely:author authorizeer:authoriz
        authorizeness:author authorizeds:author authorizeded:authorized
        authorizeding:authorized authorizedly:author authorizeder:authorized
        authorizedness:authorized authorizations:author authorizationed:author
        authorizationing:author authorizationly:authorizat authorizationer:authorization
        authorizationness:authorizat unauthorizeds:unauthor unauthorizeded:unauthorized
        unauthorizeding:unauthorized unauthorizedly:unauthor unauthorizeder:unauthorized
        unauthorizedness:unauthorized verifyings:verifi verifyinged:verifying
        verifyinging:verifying verifyingly:verifi verifyinger:verifying verifyingness:verifying
        verifiables:verifi verifiableed:verifiable verifiableing:verifi verifiablely:verifi
        verifiableer:verifiabl verifiableness:verifi subscribes:subscrib subscribeed:subscribe
        subscribeing:subscrib subscribely:subscrib subscribeer:subscrib subscribeness:subscrib
        subscriptioned:subscript subscriptioning:subscript subscriptionly:subscript
        subscriptioner:subscription subscriptionness:subscript subscriptionss:subscriptionss
        subscriptionsed:subscriptions subscriptionsing:subscriptions
        subscriptionsly:subscriptionsli subscriptionser:subscriptions
        subscriptionsness:subscriptions subscribers:subscrib subscribered:subscrib
        subscribering:subscrib subscriberly:subscrib subscriberer:subscriber
        subscriberness:subscrib unsubscribes:unsubscrib unsubscribeed:unsubscribe
        unsubscribeing:unsubscrib unsubscribely:unsubscrib unsubscribeer:unsubscrib
        unsubscribeness:unsubscrib canceling:cancel cancelly:cancelli canceler:cancel
        cancelness:cancel cancelss:cancelss cancelsed:cancels cancelsing:cancels
        cancelsly:cancelsli cancelser:cancels cancelsness:cancels cancellationed:cancel
        cancellationing:cancel cancellationly:cancellat cancellationer:cancellation
        cancellationness:cancellat cancellationss:cancellationss cancellationsed:cancellations
        cancellationsing:cancellations cancellationsly:cancellationsli
        cancellationser:cancellations cancellationsness:cancellations chargess:chargess
        chargesed:charges chargesing:charges chargesly:chargesli chargeser:charges
        chargesness:charges chargebacks:chargeback chargebacked:chargeback
        chargebacking:chargeback chargebackly:chargeback chargebacker:chargeback
        chargebackness:chargeback chargeables:chargeabl chargeableed:chargeable
        chargeableing:chargeabl chargeablely:chargeabl chargeableer:chargeabl
        chargeableness:chargeabl overchargeds:overcharg overchargeded:overcharged
        overchargeding:overcharged overchargedly:overcharg overchargeder:overcharged
        overchargedness:overcharged discharges:discharg dischargeed:discharge
        dischargeing:discharg dischargely:discharg dischargeer:discharg dischargeness:discharg
        billss:billss billsed:bills billsing:bills billsly:billsli billser:billser
        billsness:bills billeds:bill billeded:billed billeding:billed billedly:bill
        billeder:billed billedness:billed invoiceed:invoice invoiceing:invoic invoicely:invoic
        invoiceer:invoic invoiceness:invoic invoicess:invoicess invoicesed:invoices
        invoicesing:invoices invoicesly:invoicesli invoiceser:invoices invoicesness:invoices
        invoiceds:invoic invoiceded:invoiced invoiceding:invoiced invoicedly:invoic
        invoiceder:invoiced invoicedness:invoiced receipted:receipt receipting:receipt
        receiptly:receipt receipter:receipt receiptness:receipt receiptss:receiptss
        receiptsed:receipts receiptsing:receipts receiptsly:receiptsli receiptser:receipts
        receiptsness:receipts orderly:order orderer:order orderness:order orderss:orderss
        ordersed:orders ordersing:orders ordersly:ordersli orderser:orders ordersness:orders
        ordereds:order ordereded:ordered ordereding:ordered orderedly:order ordereder:ordered
        orderedness:ordered orderings:order orderinged:ordering orderinging:ordering
        orderingly:order orderinger:ordering orderingness:ordering deliverys:deliveri
        deliveryed:deliveri deliverying:deliveri deliveryly:deliveryli deliveryer:delivery
        deliveryness:delivery deliveriess:deliveriess deliveriesed:deliveries
        deliveriesing:deliveries deliveriesly:deliveriesli deliverieser:deliveries
        deliveriesness:deliveries delivers:deliv deliverly:deliv deliverer:deliver
        deliverness:deliv delivereds:deliv delivereded:delivered delivereding:delivered
        deliveredly:deliv delivereder:delivered deliveredness:delivered deliverings:deliv
        deliveringed:delivering deliveringing:delivering deliveringly:deliv
        deliveringer:delivering deliveringness:delivering ships:ship shiped:shipe shiping:shipe
        shiply:shipli shiper:shiper shipness:ship trackings:track trackinged:tracking
        trackinging:tracking trackingly:track trackinger:tracking trackingness:tracking
        tracks:track trackly:track tracker:tracker trackness:track trackeds:track
        trackeded:tracked trackeding:tracked trackedly:track trackeder:tracked
        trackedness:tracked packageed:package packageing:packag packagely:packag
        packageer:packag packageness:packag packagess:packagess packagesed:packages
        packagesing:packages packagesly:packagesli packageser:packages packagesness:packages
        packagings:packag packaginged:packaging packaginging:packaging packagingly:packag
        packaginger:packaging packagingness:packaging parcels:parcel parceled:parcel
        parceling:parcel parcelly:parcelli parceler:parcel parcelness:parcel returnly:return
        returner:return returnness:return returnss:returnss returnsed:returns
        returnsing:returns returnsly:returnsli returnser:returns returnsness:returns
        returneds:return returneded:returned returneding:returned returnedly:return
        returneder:returned returnedness:returned returnings:return returninged:returning
        returninging:returning returningly:return returninger:returning returningness:returning
        returnables:return returnableed:returnable returnableing:return returnablely:return
        returnableer:returnabl returnableness:return exchanges:exchang exchangeed:exchange
        exchangeing:exchang exchangely:exchang exchangeer:exchang exchangeness:exchang
        exchangeds:exchang exchangeded:exchanged exchangeding:exchanged exchangedly:exchang
        exchangeder:exchanged exchangedness:exchanged exchangings:exchang
        exchanginged:exchanging exchanginging:exchanging exchangingly:exchang
        exchanginger:exchanging exchangingness:exchanging replaces:replac replaceed:replace
        replaceing:replac replacely:replac replaceer:replac replaceness:replac replaceds:replac
        replaceded:replaced replaceding:replaced replacedly:replac replaceder:replaced
        replacedness:replaced replacings:replac replacinged:replacing replacinging:replacing
        replacingly:replac replacinger:replacing replacingness:replacing warrantys:warranti
        warrantyed:warranti warrantying:warranti warrantyly:warrantyli warrantyer:warranty
        warrantyness:warranty warrantiess:warrantiess warrantiesed:warranties
        warrantiesing:warranties warrantiesly:warrantiesli warrantieser:warranties
        warrantiesness:warranties passworded:password passwording:password passwordly:password
        passworder:password passwordness:password passwordss:passwordss passwordsed:passwords
        passwordsing:passwords passwordsly:passwordsli passwordser:passwords
        passwordsness:passwords logined:login logining:login loginly:login loginer:login
        loginness:login loginss:loginss loginsed:logins loginsing:logins loginsly:loginsli
        loginser:logins loginsness:logins loggeds:log loggeded:logged loggeding:logged
        loggedly:log loggeder:logged loggedness:logged usernameed:username usernameing:usernam
        usernamely:usernam usernameer:usernam usernameness:usernam usernamess:usernamess
        usernamesed:usernames usernamesing:usernames usernamesly:usernamesli
        usernameser:usernames usernamesness:usernames emailing:email emailly:emailli
        emailer:email emailness:email emailss:emailss emailsed:emails emailsing:emails
        emailsly:emailsli emailser:emails emailsness:emails emaileds:email emaileded:emailed
        emaileding:emailed emailedly:email emaileder:emailed emailedness:emailed
        addresss:addresss addressing:address addressly:addressli addresser:address
        addressness:address addresseds:address addresseded:addressed addresseding:addressed
        addressedly:address addresseder:addressed addressedness:addressed updateed:update
        updateing:updat updately:updat updateer:updat updateness:updat updateds:updat
        updateded:updated updateding:updated updatedly:updat updateder:updated
        updatedness:updated updatings:updat updatinged:updating updatinging:updating
        updatingly:updat updatinger:updating updatingness:updating updatess:updatess
        updatesed:updates updatesing:updates updatesly:updatesli updateser:updates
        updatesness:updates upgrades:upgrad upgradeed:upgrade upgradeing:upgrad
        upgradely:upgrad upgradeer:upgrad upgradeness:upgrad upgradeds:upgrad
        upgradeded:upgraded upgradeding:upgraded upgradedly:upgrad upgradeder:upgraded
        upgradedness:upgraded upgradings:upgrad upgradinged:upgrading upgradinging:upgrading
        upgradingly:upgrad upgradinger:upgrading upgradingness:upgrading downgrades:downgrad
        downgradeed:downgrade downgradeing:downgrad downgradely:downgrad downgradeer:downgrad
        downgradeness:downgrad downloading:download downloadly:download downloader:download
        downloadness:download downloadss:downloadss downloadsed:downloads
        downloadsing:downloads downloadsly:downloadsli downloadser:downloads
        downloadsness:downloads downloadeds:download downloadeded:downloaded
        downloadeding:downloaded downloadedly:download downloadeder:downloaded
        downloadedness:downloaded installations:instal installationed:instal
        installationing:instal installationly:installat installationer:installation
        installationness:installat installings:instal installinged:installing
        installinging:installing installingly:instal installinger:installing
        installingness:installing uninstalls:uninstal uninstalled:uninstal
        uninstalling:uninstal uninstallly:uninstallli uninstaller:uninstal
        uninstallness:uninstal configures:configur configureed:configure configureing:configur
        configurely:configur configureer:configur configureness:configur configureds:configur
        configureded:configured configureding:configured configuredly:configur
        configureder:configured configuredness:configured configurations:configur
        configurationed:configur configurationing:configur configurationly:configurat
        configurationer:configuration configurationness:configurat settingss:settingss
        settingsed:settings settingsing:settings settingsly:settingsli settingser:settings
        settingsness:settings notificationed:notif notificationing:notif
        notificationly:notificat notificationer:notification notificationness:notificat
        notificationss:notificationss notificationsed:notifications
        notificationsing:notifications notificationsly:notificationsli
        notificationser:notifications notificationsness:notifications alerted:alert
        alerting:alert alertly:alert alerter:alert alertness:alert alertss:alertss
        alertsed:alerts alertsing:alerts alertsly:alertsli alertser:alerts alertsness:alerts
        messageed:message messageing:messag messagely:messag messageer:messag
        messageness:messag messagess:messagess messagesed:messages messagesing:messages
        messagesly:messagesli messageser:messages messagesness:messages messagings:messag
        messaginged:messaging messaginging:messaging messagingly:messag messaginger:messaging
        messagingness:messaging contacts:contact contactly:contact contacter:contact
        contactness:contact contacteds:contact contacteded:contacted contacteding:contacted
        contactedly:contact contacteder:contacted contactedness:contacted contactings:contact
        contactinged:contacting contactinging:contacting contactingly:contact
        contactinger:contacting contactingness:contacting supports:support supportly:support
        supporter:support supportness:support supporteds:support supporteded:supported
        supporteding:supported supportedly:support supporteder:supported
        supportedness:supported supportings:support supportinged:supporting
        supportinging:supporting supportingly:support supportinger:supporting
        supportingness:supporting supportives:support supportiveed:supportive
        supportiveing:support supportively:support supportiveer:supportiv
        supportiveness:support helps:help helply:helpli helper:helper helpness:help
        helpeds:help helpeded:helped helpeding:helped helpedly:help helpeder:helped
        helpedness:helped helpfuls:help helpfuled:help helpfuling:help helpfuler:helpful
        helpfulness:help helpfullys:help helpfullyed:help helpfullying:help
        helpfullyly:helpfullyli helpfullyer:helpfully helpfullyness:helpfully
        helplesss:helplesss helplessed:helpless helplessing:helpless helplesser:helpless
        helplessness:helpless helpings:help helpinged:helping helpinging:helping helpingly:help
        helpinger:helping helpingness:helping agented:agent agenting:agent agently:agent
        agenter:agent agentness:agent agentss:agentss agentsed:agents agentsing:agents
        agentsly:agentsli agentser:agents agentsness:agents humaned:human humaning:human
        humanly:human humaner:human humanness:human humanss:humanss humansed:humans
        humansing:humans humansly:humansli humanser:humans humansness:humans
        representativeed:representative representativeing:repres representatively:repres
        representativeer:representativ representativeness:repres
        representativess:representativess representativesed:representatives
        representativesing:representatives representativesly:representativesli
        representativeser:representatives representativesness:representatives managered:manag
        managering:manag managerly:manag managerer:manager managerness:manag
        managerss:managerss managersed:managers managersing:managers managersly:managersli
        managerser:managers managersness:managers complainted:complaint complainting:complaint
        complaintly:complaint complainter:complaint complaintness:complaint
        complaintss:complaintss complaintsed:complaints complaintsing:complaints
        complaintsly:complaintsli complaintser:complaints complaintsness:complaints
        complains:complain complainly:complain complainer:complain complainness:complain
        complaineds:complain complaineded:complained complaineding:complained
        complainedly:complain complaineder:complained complainedness:complained
        complainings:complain complaininged:complaining complaininging:complaining
        complainingly:complain complaininger:complaining complainingness:complaining
        issueed:issue issueing:issu issuely:issu issueer:issueer issueness:issu issuess:issuess
        issuesed:issues issuesing:issues issuesly:issuesli issueser:issues issuesness:issues
        issueds:issu issueded:issued issueding:issued issuedly:issu issueder:issued
        issuedness:issued problemed:problem probleming:problem problemly:problem
        problemer:problem problemness:problem problemss:problemss problemsed:problems
        problemsing:problems problemsly:problemsli problemser:problems problemsness:problems
        problematics:problemat problematiced:problemat problematicing:problemat
        problematicly:problemat problematicer:problematic problematicness:problemat
        errored:error erroring:error errorly:error errorer:error errorness:error
        errorss:errorss errorsed:errors errorsing:errors errorsly:errorsli errorser:errors
        errorsness:errors erroneouss:erroneouss erroneoused:erron erroneousing:erron
        erroneously:erron erroneouser:erroneous erroneousness:erron fails:fail failly:failli
        failer:failer failness:fail failureed:failure failureing:failur failurely:failur
        failureer:failur failureness:failur failuress:failuress failuresed:failures
        failuresing:failures failuresly:failuresli failureser:failures failuresness:failures
        brokens:broken brokened:broken brokening:broken brokenly:broken brokener:broken
        brokenness:broken breaks:break breaked:break breakly:break breaker:breaker
        breakness:break breakings:break breakinged:breaking breakinging:breaking
        breakingly:break breakinger:breaking breakingness:breaking damageds:damag
        damageded:damaged damageding:damaged damagedly:damag damageder:damaged
        damagedness:damaged damages:damag damageed:damage damageing:damag damagely:damag
        damageer:damag damageness:damag defectives:defect defectiveed:defective
        defectiveing:defect defectively:defect defectiveer:defectiv defectiveness:defect
        defected:defect defecting:defect defectly:defect defecter:defect defectness:defect
        defectss:defectss defectsed:defects defectsing:defects defectsly:defectsli
        defectser:defects defectsness:defects credits:credit creditly:credit crediter:credit
        creditness:credit crediteds:credit crediteded:credited crediteding:credited
        creditedly:credit crediteder:credited creditedness:credited creditings:credit
        creditinged:crediting creditinging:crediting creditingly:credit creditinger:crediting
        creditingness:crediting creditors:creditor creditored:creditor creditoring:creditor
        creditorly:creditor creditorer:creditor creditorness:creditor debits:debit
        debiting:debit debitly:debit debiter:debit debitness:debit debiteds:debit
        debiteded:debited debiteding:debited debitedly:debit debiteder:debited
        debitedness:debited carded:card carding:card cardly:card carder:carder cardness:card
        cardss:cardss cardsed:cards cardsing:cards cardsly:cardsli cardser:cardser
        cardsness:cards paids:paid paided:paid paiding:paid paidly:paid paider:paider
        paidness:paid payed:pay payly:payli payness:pay payables:payabl payableed:payable
        payableing:payabl payablely:payabl payableer:payabl payableness:payabl payees:paye
        payeeed:payee payeeing:paye payeely:paye payeeer:payeeer payeeness:paye payers:payer
        payered:payer payering:payer payerly:payer payerer:payer payerness:payer
        transactioned:transact transactioning:transact transactionly:transact
        transactioner:transaction transactionness:transact transactionss:transactionss
        transactionsed:transactions transactionsing:transactions transactionsly:transactionsli
        transactionser:transactions transactionsness:transactions transferrings:transfer
        transferringed:transferring transferringing:transferring transferringly:transfer
        transferringer:transferring transferringness:transferring transferss:transferss
        transfersed:transfers transfersing:transfers transfersly:transfersli
        transferser:transfers transfersness:transfers balanceed:balance balanceing:balanc
        balancely:balanc balanceer:balanc balanceness:balanc balancess:balancess
        balancesed:balances balancesing:balances balancesly:balancesli balanceser:balances
        balancesness:balances feeed:feeed feeing:fee feely:feeli feeer:feeer feeness:feeness
        feess:feess feesed:fees feesing:fees feesly:feesli feeser:feeser feesness:fees
        priceed:price priceing:price pricely:price priceer:priceer priceness:price
        pricess:pricess pricesed:prices pricesing:prices pricesly:pricesli priceser:prices
        pricesness:prices pricings:price pricinged:pricing pricinging:pricing pricingly:price
        pricinger:pricing pricingness:pricing priceds:price priceded:priced priceding:priced
        pricedly:price priceder:priced pricedness:priced discounting:discount
        discountly:discount discounter:discount discountness:discount discountss:discountss
        discountsed:discounts discountsing:discounts discountsly:discountsli
        discountser:discounts discountsness:discounts discounteds:discount
        discounteded:discounted discounteding:discounted discountedly:discount
        discounteder:discounted discountedness:discounted couponed:coupon couponing:coupon
        couponly:coupon couponer:coupon couponness:coupon couponss:couponss couponsed:coupons
        couponsing:coupons couponsly:couponsli couponser:coupons couponsness:coupons
        promotions:promot promotioned:promot promotioning:promot promotionly:promot
        promotioner:promotion promotionness:promot promotionals:promot promotionaled:promot
        promotionaling:promot promotionally:promot promotionaler:promotional
        promotionalness:promotion promos:promo promoed:promo promoing:promo promoly:promoli
        promoer:promoer promoness:promo saleed:sale saleing:sale salely:sale saleer:saleer
        saleness:sale saless:saless salesed:sales salesing:sales salesly:salesli saleser:sales
        salesness:sales purchaseed:purchase purchaseing:purchas purchasely:purchas
        purchaseer:purchas purchaseness:purchas purchaseds:purchas purchaseded:purchased
        purchaseding:purchased purchasedly:purchas purchaseder:purchased
        purchasedness:purchased purchasings:purchas purchasinged:purchasing
        purchasinging:purchasing purchasingly:purchas purchasinger:purchasing
        purchasingness:purchasing purchasess:purchasess purchasesed:purchases
        purchasesing:purchases purchasesly:purchasesli purchaseser:purchases
        purchasesness:purchases buys:buy buyed:buy buyly:buyli buyer:buyer buyness:buy
        boughts:bought boughted:bought boughting:bought boughtly:bought boughter:boughter
        boughtness:bought customered:custom customering:custom customerly:custom
        customerer:customer customerness:custom customerss:customerss customersed:customers
        customersing:customers customersly:customersli customerser:customers
        customersness:customers serviceed:service serviceing:servic servicely:servic
        serviceer:servic serviceness:servic servicess:servicess servicesed:services
        servicesing:services servicesly:servicesli serviceser:services servicesness:services
        serviceds:servic serviceded:serviced serviceding:serviced servicedly:servic
        serviceder:serviced servicedness:serviced servicings:servic servicinged:servicing
        servicinging:servicing servicingly:servic servicinger:servicing servicingness:servicing
        serviceables:servic serviceableed:serviceable serviceableing:servic
        serviceablely:servic serviceableer:serviceabl serviceableness:servic producted:product
        producting:product productly:product producter:product productness:product
        productss:productss productsed:products productsing:products productsly:productsli
        productser:products productsness:products productives:product productiveed:productive
        productiveing:product productively:product productiveer:productiv
        productiveness:product productivitys:product productivityed:product
        productivitying:product productivityly:productivityli productivityer:productivity
        productivityness:productivity productions:product productioned:product
        productioning:product productionly:product productioner:production
        productionness:product qualitys:qualiti qualityed:qualiti qualitying:qualiti
        qualityly:qualityli qualityer:quality qualityness:quality availabilitys:avail
        availabilityed:avail availabilitying:avail availabilityly:availabilityli
        availabilityer:availability availabilityness:availability availables:avail
        availableed:available availableing:avail availablely:avail availableer:availabl
        availableness:avail unavailables:unavail unavailableed:unavailable
        unavailableing:unavail unavailablely:unavail unavailableer:unavailabl
        unavailableness:unavail stocks:stock stocked:stock stocking:stock stockly:stock
        stocker:stocker stockness:stock restocks:restock restocking:restock restockly:restock
        restocker:restock restockness:restock restockeds:restock restockeded:restocked
        restockeding:restocked restockedly:restock restockeder:restocked
        restockedness:restocked inventorys:inventori inventoryed:inventori
        inventorying:inventori inventoryly:inventoryli inventoryer:inventory
        inventoryness:inventory locationed:locat locationing:locat locationly:locat
        locationer:location locationness:locat locationss:locationss locationsed:locations
        locationsing:locations locationsly:locationsli locationser:locations
        locationsness:locations locates:locat locateed:locate locateing:locat locately:locat
        locateer:locat locateness:locat locateds:locat locateded:located locateding:located
        locatedly:locat locateder:located locatedness:located storeed:store storeing:store
        storely:store storeer:storeer storeness:store storess:storess storesed:stores
        storesing:stores storesly:storesli storeser:stores storesness:stores storeds:store
        storeded:stored storeding:stored storedly:store storeder:stored storedness:stored
        storages:storag storageed:storage storageing:storag storagely:storag storageer:storag
        storageness:storag schedules:schedul scheduleed:schedule scheduleing:schedul
        schedulely:schedul scheduleer:schedul scheduleness:schedul scheduleds:schedul
        scheduleded:scheduled scheduleding:scheduled scheduledly:schedul scheduleder:scheduled
        scheduledness:scheduled schedulings:schedul schedulinged:scheduling
        schedulinging:scheduling schedulingly:schedul schedulinger:scheduling
        schedulingness:scheduling appointmented:appoint appointmenting:appoint
        appointmently:appoint appointmenter:appointment appointmentness:appoint
        appointmentss:appointmentss appointmentsed:appointments appointmentsing:appointments
        appointmentsly:appointmentsli appointmentser:appointments appointmentsness:appointments
        bookings:book bookinged:booking bookinging:booking bookingly:book bookinger:booking
        bookingness:booking bookeds:book bookeded:booked bookeding:booked bookedly:book
        bookeder:booked bookedness:booked reservationed:reserv reservationing:reserv
        reservationly:reservat reservationer:reservation reservationness:reservat
        reservationss:reservationss reservationsed:reservations reservationsing:reservations
        reservationsly:reservationsli reservationser:reservations reservationsness:reservations
        reserves:reserv reserveed:reserve reserveing:reserv reservely:reserv reserveer:reserv
        reserveness:reserv reserveds:reserv reserveded:reserved reserveding:reserved
        reservedly:reserv reserveder:reserved reservedness:reserved confirms:confirm
        confirming:confirm confirmly:confirm confirmer:confirm confirmness:confirm
        confirmeds:confirm confirmeded:confirmed confirmeding:confirmed confirmedly:confirm
        confirmeder:confirmed confirmedness:confirmed confirmationed:confirm
        confirmationing:confirm confirmationly:confirmat confirmationer:confirmation
        confirmationness:confirmat confirmationss:confirmationss confirmationsed:confirmations
        confirmationsing:confirmations confirmationsly:confirmationsli
        confirmationser:confirmations confirmationsness:confirmations reschedules:reschedul
        rescheduleed:reschedule rescheduleing:reschedul reschedulely:reschedul
        rescheduleer:reschedul rescheduleness:reschedul rescheduleds:reschedul
        rescheduleded:rescheduled rescheduleding:rescheduled rescheduledly:reschedul
        rescheduleder:rescheduled rescheduledness:rescheduled lates:late lateed:late
        lateing:late lateer:lateer latelys:late latelyed:late latelying:late latelyly:latelyli
        latelyer:lately latelyness:lately latenesss:latenesss latenessed:late latenessing:late
        latenessly:latenessli latenesser:lateness latenessness:lateness expecteds:expect
        expecteded:expected expecteding:expected expectedly:expect expecteder:expected
        expectedness:expected expectationed:expect expectationing:expect expectationly:expectat
        expectationer:expectation expectationness:expectat expectationss:expectationss
        expectationsed:expectations expectationsing:expectations expectationsly:expectationsli
        expectationser:expectations expectationsness:expectations estimates:estim
        estimateed:estimate estimateing:estim estimately:estim estimateer:estimat
        estimateness:estim estimateds:estim estimateded:estimated estimateding:estimated
        estimatedly:estim estimateder:estimated estimatedness:estimated estimations:estim
        estimationed:estim estimationing:estim estimationly:estimat estimationer:estimation
        estimationness:estimat securitys:secur securityed:secur securitying:secur
        securityly:securityli securityer:security securityness:security secures:secur
        secureed:secure secureing:secur secureer:secur secureness:secur secureds:secur
        secureded:secured secureding:secured securedly:secur secureder:secured
        securedness:secured securelys:secur securelyed:secur securelying:secur
        securelyly:securelyli securelyer:securely securelyness:securely insecures:insecur
        insecureed:insecure insecureing:insecur insecurely:insecur insecureer:insecur
        insecureness:insecur privates:privat privateed:private privateing:privat
        privateer:privat privateness:privat privatelys:privat privatelyed:privat
        privatelying:privat privatelyly:privatelyli privatelyer:privately
        privatelyness:privately personals:person personaled:person personaling:person
        personaler:personal personalness:person personallys:person personallyed:person
        personallying:person personallyly:personallyli personallyer:personally
        personallyness:personally personalizes:person personalizeed:personalize
        personalizeing:person personalizely:person personalizeer:personaliz
        personalizeness:personal personalizations:person personalizationed:person
        personalizationing:person personalizationly:personalizat
        personalizationer:personalization personalizationness:personalizat informations:inform
        informationed:inform informationing:inform informationly:informat
        informationer:information informationness:informat informationals:inform
        informationaled:inform informationaling:inform informationally:inform
        informationaler:informational informationalness:information informs:inform
        informing:inform informly:inform informer:inform informness:inform informeds:inform
        informeded:informed informeding:informed informedly:inform informeder:informed
        informedness:informed datas:data dataed:data dataing:data dataly:datali dataer:dataer
        dataness:data identitys:ident identityed:ident identitying:ident identityly:identityli
        identityer:identity identityness:identity identitiess:identitiess
        identitiesed:identities identitiesing:identities identitiesly:identitiesli
        identitieser:identities identitiesness:identities identifications:identif
        identificationed:identif identificationing:identif identificationly:identificat
        identificationer:identification identificationness:identificat identifyings:identifi
        identifyinged:identifying identifyinging:identifying identifyingly:identifi
        identifyinger:identifying identifyingness:identifying phoneed:phone phoneing:phone
        phonely:phone phoneer:phoneer phoneness:phone phoness:phoness phonesed:phones
        phonesing:phones phonesly:phonesli phoneser:phones phonesness:phones mobiles:mobil
        mobileed:mobile mobileing:mobil mobilely:mobil mobileer:mobil mobileness:mobil
        deviceed:device deviceing:devic devicely:devic deviceer:devic deviceness:devic
        devicess:devicess devicesed:devices devicesing:devices devicesly:devicesli
        deviceser:devices devicesness:devices computered:comput computering:comput
        computerly:comput computerer:computer computerness:comput computerss:computerss
        computersed:computers computersing:computers computersly:computersli
        computerser:computers computersness:computers applicationed:applic
        applicationing:applic applicationly:applicat applicationer:application
        applicationness:applicat applicationss:applicationss applicationsed:applications
        applicationsing:applications applicationsly:applicationsli applicationser:applications
        applicationsness:applications applyings:appli applyinged:applying applyinging:applying
        applyingly:appli applyinger:applying applyingness:applying apped:app apping:app
        apper:apper appness:app appss:appss appsed:apps appsing:apps appsly:appsli
        appser:appser appsness:apps websiteed:website websiteing:websit websitely:websit
        websiteer:websit websiteness:websit websitess:websitess websitesed:websites
        websitesing:websites websitesly:websitesli websiteser:websites websitesness:websites
        browsered:browser browsering:browser browserly:browser browserer:browser
        browserness:browser browserss:browserss browsersed:browsers browsersing:browsers
        browsersly:browsersli browserser:browsers browsersness:browsers connectioned:connect
        connectioning:connect connectionly:connect connectioner:connection
        connectionness:connect connectionss:connectionss connectionsed:connections
        connectionsing:connections connectionsly:connectionsli connectionser:connections
        connectionsness:connections connects:connect connectly:connect connecter:connect
        connectness:connect connecteds:connect connecteded:connected connecteding:connected
        connectedly:connect connecteder:connected connectedness:connected connectings:connect
        connectinged:connecting connectinging:connecting connectingly:connect
        connectinger:connecting connectingness:connecting connectivitys:connect
        connectivityed:connect connectivitying:connect connectivityly:connectivityli
        connectivityer:connectivity connectivityness:connectivity disconnects:disconnect
        disconnecting:disconnect disconnectly:disconnect disconnecter:disconnect
        disconnectness:disconnect disconnecteds:disconnect disconnecteded:disconnected
        disconnecteding:disconnected disconnectedly:disconnect disconnecteder:disconnected
        disconnectedness:disconnected networked:network networkly:network networker:network
        networkness:network networkss:networkss networksed:networks networksing:networks
        networksly:networksli networkser:networks networksness:networks networkings:network
        networkinged:networking networkinging:networking networkingly:network
        networkinger:networking networkingness:networking wirelesss:wirelesss
        wirelessed:wireless wirelessing:wireless wirelessly:wireless wirelesser:wireless
        wirelessness:wireless outageed:outage outageing:outag outagely:outag outageer:outag
        outageness:outag outagess:outagess outagesed:outages outagesing:outages
        outagesly:outagesli outageser:outages outagesness:outages slows:slow slowed:slow
        slowing:slow slower:slower slowlys:slowli slowlyed:slowli slowlying:slowli
        slowlyly:slowlyli slowlyer:slowlyer slowlyness:slowly slownesss:slownesss
        slownessed:slow slownessing:slow slownessly:slownessli slownesser:slowness
        slownessness:slowness speedss:speedss speedsed:speeds speedsing:speeds
        speedsly:speedsli speedser:speedser speedsness:speeds speedys:speedi speedyed:speedi
        speedying:speedi speedyly:speedyli speedyer:speedyer speedyness:speedy fasts:fast
        fasted:fast fasting:fast fastly:fast fastness:fast fasters:faster fastered:faster
        fastering:faster fasterly:faster fasterer:faster fasterness:faster fastests:fastest
        fastested:fastest fastesting:fastest fastestly:fastest fastester:fastest
        fastestness:fastest quicks:quick quicked:quick quicking:quick quickness:quick
        quicklys:quick quicklyed:quick quicklying:quick quicklyly:quicklyli quicklyer:quicklyer
        quicklyness:quickly quickers:quicker quickered:quicker quickering:quicker
        quickerly:quicker quickerer:quicker quickerness:quicker easilys:easili easilyed:easili
        easilying:easili easilyly:easilyli easilyer:easily easilyness:easily easys:easi
        easyed:easi easying:easi easyly:easyli easyer:easyer easyness:easy easiers:easier
        easiered:easier easiering:easier easierly:easier easierer:easier easierness:easier
        easiests:easiest easiested:easiest easiesting:easiest easiestly:easiest
        easiester:easiest easiestness:easiest difficults:difficult difficulted:difficult
        difficulting:difficult difficultly:difficult difficulter:difficult
        difficultness:difficult difficultys:difficulti difficultyed:difficulti
        difficultying:difficulti difficultyly:difficultyli difficultyer:difficulty
        difficultyness:difficulty difficultiess:difficultiess difficultiesed:difficulties
        difficultiesing:difficulties difficultiesly:difficultiesli difficultieser:difficulties
        difficultiesness:difficulties thankly:thank thanker:thanker thankness:thank
        thankss:thankss thanksed:thanks thanksing:thanks thanksly:thanksli thankser:thankser
        thanksness:thanks thankeds:thank thankeded:thanked thankeding:thanked thankedly:thank
        thankeder:thanked thankedness:thanked thankfuls:thank thankfuled:thank
        thankfuling:thank thankfuler:thankful thankfulness:thank thankfullys:thank
        thankfullyed:thank thankfullying:thank thankfullyly:thankfullyli
        thankfullyer:thankfully thankfullyness:thankfully thankings:thank thankinged:thanking
        thankinging:thanking thankingly:thank thankinger:thanking thankingness:thanking
        pleases:pleas pleaseed:please pleaseing:pleas pleasely:pleas pleaseer:pleaseer
        pleaseness:pleas pleaseds:pleas pleaseded:pleased pleaseding:pleased pleasedly:pleas
        pleaseder:pleased pleasedness:pleased pleasings:pleas pleasinged:pleasing
        pleasinging:pleasing pleasingly:pleas pleasinger:pleasing pleasingness:pleasing
        pleasants:pleasant pleasanted:pleasant pleasanting:pleasant pleasanter:pleasant
        pleasantness:pleasant pleasantlys:pleasant pleasantlyed:pleasant pleasantlying:pleasant
        pleasantlyly:pleasantlyli pleasantlyer:pleasantly pleasantlyness:pleasantly
        sorrys:sorri sorryed:sorri sorrying:sorri sorryly:sorryli sorryer:sorryer
        sorryness:sorry apologizes:apolog apologizeed:apologize apologizeing:apolog
        apologizely:apolog apologizeer:apologiz apologizeness:apolog apologizeds:apolog
        apologizeded:apologized apologizeding:apologized apologizedly:apolog
        apologizeder:apologized apologizedness:apologized apologizings:apolog
        apologizinged:apologizing apologizinging:apologizing apologizingly:apolog
        apologizinger:apologizing apologizingness:apologizing frustrateds:frustrat
        frustrateded:frustrated frustrateding:frustrated frustratedly:frustrat
        frustrateder:frustrated frustratedness:frustrated frustratings:frustrat
        frustratinged:frustrating frustratinging:frustrating frustratingly:frustrat
        frustratinger:frustrating frustratingness:frustrating frustrations:frustrat
        frustrationed:frustrat frustrationing:frustrat frustrationly:frustrat
        frustrationer:frustration frustrationness:frustrat angrys:angri angryed:angri
        angrying:angri angryly:angryli angryer:angryer angryness:angry angers:anger
        angered:anger angering:anger angerly:anger angerer:anger angerness:anger
        unhappys:unhappi unhappyed:unhappi unhappying:unhappi unhappyly:unhappyli
        unhappyer:unhappy unhappyness:unhappy unhappinesss:unhappinesss unhappinessed:unhappi
        unhappinessing:unhappi unhappinessly:unhappinessli unhappinesser:unhappiness
        unhappinessness:unhappiness satisfactions:satisfact satisfactioned:satisfact
        satisfactioning:satisfact satisfactionly:satisfact satisfactioner:satisfaction
        satisfactionness:satisfact disappointeds:disappoint disappointeded:disappointed
        disappointeding:disappointed disappointedly:disappoint disappointeder:disappointed
        disappointedness:disappointed disappointings:disappoint disappointinged:disappointing
        disappointinging:disappointing disappointingly:disappoint disappointinger:disappointing
        disappointingness:disappointing disappointments:disappoint disappointmented:disappoint
        disappointmenting:disappoint disappointmently:disappoint
        disappointmenter:disappointment disappointmentness:disappoint urgents:urgent
        urgented:urgent urgenting:urgent urgenter:urgent urgentness:urgent urgentlys:urgent
        urgentlyed:urgent urgentlying:urgent urgentlyly:urgentlyli urgentlyer:urgently
        urgentlyness:urgently urgencys:urgenc urgencyed:urgenc urgencying:urgenc
        urgencyly:urgencyli urgencyer:urgency urgencyness:urgency immediates:immedi
        immediateed:immediate immediateing:immedi immediateer:immediat immediateness:immedi
        immediatelys:immedi immediatelyed:immedi immediatelying:immedi
        immediatelyly:immediatelyli immediatelyer:immediately immediatelyness:immediately
        asaps:asap asaped:asap asaping:asap asaply:asapli asaper:asap asapness:asap
        todays:today todayed:today todaying:today todayly:todayli todayer:today todayness:today
        tomorrows:tomorrow tomorrowed:tomorrow tomorrowing:tomorrow tomorrowly:tomorrowli
        tomorrower:tomorrow tomorrowness:tomorrow yesterdays:yesterday yesterdayed:yesterday
        yesterdaying:yesterday yesterdayly:yesterdayli yesterdayer:yesterday
        yesterdayness:yesterday weeked:week weeking:week weeker:weeker weekness:week
        weekss:weekss weeksed:weeks weeksing:weeks weeksly:weeksli weekser:weekser
        weeksness:weeks weeklys:week weeklyed:week weeklying:week weeklyly:weeklyli
        weeklyer:weeklyer weeklyness:weekly monthed:month monthing:month monther:monther
        monthness:month monthss:monthss monthsed:months monthsing:months monthsly:monthsli
        monthser:monthser monthsness:months monthlys:month monthlyed:month monthlying:month
        monthlyly:monthlyli monthlyer:monthlyer monthlyness:monthly yeared:year yearing:year
        yearer:yearer yearness:year yearss:yearss yearsed:years yearsing:years yearsly:yearsli
        yearser:yearser yearsness:years annuals:annual annualed:annual annualing:annual
        annualer:annual annualness:annual annuallys:annual annuallyed:annual annuallying:annual
        annuallyly:annuallyli annuallyer:annually annuallyness:annually houred:hour
        houring:hour hourer:hourer hourness:hour hourss:hourss hoursed:hours hoursing:hours
        hoursly:hoursli hourser:hourser hoursness:hours hourlys:hour hourlyed:hour
        hourlying:hour hourlyly:hourlyli hourlyer:hourlyer hourlyness:hourly minuteed:minute
        minuteing:minut minutely:minut minuteer:minut minuteness:minut minutess:minutess
        minutesed:minutes minutesing:minutes minutesly:minutesli minuteser:minutes
        minutesness:minutes businesss:businesss businessed:busi businessing:busi
        businessly:businessli businesser:business businessness:business businessess:businessess
        businessesed:businesses businessesing:businesses businessesly:businessesli
        businesseser:businesses businessesness:businesses companys:compani companyed:compani
        companying:compani companyly:companyli companyer:company companyness:company
        organizationss:organizationss organizationsed:organizations
        organizationsing:organizations organizationsly:organizationsli
        organizationser:organizations organizationsness:organizations cooperations:cooper
        cooperationed:cooper cooperationing:cooper cooperationly:cooperat
        cooperationer:cooperation cooperationness:cooperat cooperatives:cooper
        cooperativeed:cooperative cooperativeing:cooper cooperatively:cooper
        cooperativeer:cooperativ cooperativeness:cooper andess:andess andesed:andes
        andesing:andes andesly:andesli andeser:andes andesness:andes cosmoss:cosmoss
        cosmosed:cosmos cosmosing:cosmos cosmosly:cosmosli cosmoser:cosmos cosmosness:cosmos
        howes:how howeed:howe howeing:how howely:how howeer:howeer howeness:how skiss:skiss
        skised:skise skising:skise skisly:skisli skiser:skiser skisness:skis abcs:abc abced:abc
        abcing:abc abcly:abc abcer:abcer abcness:abc iess:iess iesed:ies iesing:ies iesly:iesli
        ieser:ieser iesness:ies ieds:i ieded:ied ieding:ied iedly:i ieder:ieder iedness:ied
        ssess:ssess ssesed:ssese ssesing:ssese ssesly:ssesli sseser:sseser ssesness:sses
        eeds:eed eeded:eed eeding:eed eedly:eed eeder:eeder eedness:eed ings:ing inged:ing
        inging:ing ingly:ing inger:inger ingness:ing yyys:yyy yyyed:yyy yyying:yyy yyyly:yyyli
        yyyer:yyyer yyyness:yyy byes:bye byeed:byeed byeing:bye byely:byeli byeer:byeer
        byeness:byeness ayes:aye ayeed:aye ayeing:aye ayely:aye ayeer:ayeer ayeness:aye
        eyeed:eye eyeing:eye eyely:eye eyeer:eyeer eyeness:eye eyess:eyess eyesed:eyes
        eyesing:eyes eyesly:eyesli eyeser:eyes eyesness:eyes
        """
}
