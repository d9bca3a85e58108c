/**
 * Lower-case words seen in the GoEmotions dev split (Demszky et al., 2020; Google Research,
 * Apache-2.0), derived by derive-vocabulary.ts. 7376 words; no text is kept.
 */
export const CORPUS_VOCABULARY = `
a aaaagh aaand aasim abandon abandoned abbey ability able abo abomination abortion about above
absolute absolutely absolutes absorbed absurd absurdity absurdly abuse abusive abysmal ac academia
accelerated accent accents accept acceptable accepting accepts access accident accidentally
accidently accidents accompanying accomplished accomplishment according account accountability
accountable accountant accounts accurate accusations accuse accused ace ache achieve acknowledge
acopia acquired acquisition across acrostic act acted acting action actions activated active
actively activists activities activity actor actress actual actually ad adapter add added adderall
addicted addiction addictive addidas adding addition additional addons address addressed adhere
adjacent administration admins admirable admire admiring admission admit admittedly ado adoptions
adorable adores ads adult adults advancements advancing advantage advantageous advert advertise
advertised advertisement advertisements advertising advice advise advisory aesthetic af afaik afar
affair affect affective affects affiliated affirm affirmation afford affordability afraid after
afterwards again against age aged ageism agency agenda agent ages aggression aggressive aggressively
ago agoraphobic agree agreed agreement agrees ah ahahhahahaha ahead ahh ahhhhh aids aim aiming ain
aint aints air aircraft airliner airport alarms album albums alcohol aligned alike alive all
allegory alliance allow allowed allowing allows allright alluded ally almost alone along aloof alot
alpha already alright also alt alternate alternative alternatives although alumni alums always am
amazed amazes amazing amazingly ambiance ambivalent america american amidst ammo among amongst
amount amphetamine amputated amputating amused an anal analogy analysed analysis analyst anarchism
anarchist anarchy anaw ancap and anesthesia aneury angelic angle angry animal animalistic animals
animated animation animations anime announce announced announcement announcers annoyance annoyed
annoying annulment anointed anonymous anonymously another answer answered answering answers ant
anthem anthropomorphize anti antibiotics anticheat anticipated antidepressant antidepressants
antisemitism antivaxers anxiety anxious any anybody anyhow anymore anyone anyones anything anyway
anyways anywhere aoe apart apartment apartments apologies apologise apologised apologize apology
appalling apparently appeal appear appearance appearances appeared appears appendicitis appendix
appetizing applications applied apply applying appointed appointment appreciate appreciated
appreciates apprehend apprentices approaches appropriate appropriately appropriation approval apron
aprox apt arabia arbitration arduous are area areas aren arena arent argue argued arguing argument
arguments arm armchair armed armor armored armors arms around arrangement arrest arrested arrived
arrogant art arthritis article articles artificially artist artists as asap ascribe asd asexual
asexually ashamed aside asigned asinine ask asked asking asks asleep aspects aspies ass
assassination assault assaulted assed asserting assessments assets asshats asshole assholes assigned
assignments assists associated assume assumed assuming assumption assumptions ast asteroid astound
astroturfed astute asylum at ate atleast atm atmosphere attachment attack attacked attacker
attacking attacks attainability attempt attempting attempts attendance attendant attending attention
attitude attracted attraction attractive audibly audience audrey auld aunt austin authenticity
author authoritarian authority autism autist autistic auto automatic automatically automation
automoderator available avatar average averse avocado avoid avoidant avulsions aw awake aware
awareness away awesome awful awhile awkward aww axe axis babe babey babies baby babysitter back
backbone backcourt background backpack backpain backpfeifengesicht backstories backstory backup
backwards bacon bacteria bad badass badly baffles bag bags baked balaclava balance bale balk ball
balloon balloons ballparks balls ban banana bananas band bands bang banging bangs bank banking banks
banned banner banning banns bar barbecues barbers bare barely bargain barge bark barnacles barons
barrel barret barricades bars bartender base baseball based baseless baseline bash bashed basic
basically basing basketball bastard bastion bat batches bath bathed bathroom bathrooms
bathswithdoors bating battery battle battling bc bch bcus be beans bear beard bears beast beastly
beat beating beats beautiful beautify beauty becalmed became because become becomes becoming
becomming becouse bed beds beeen been beer beetlejuicing before beforecoke began beggar beggars
begging begin beginning beginnings behave behaved behavior behaviors behind beige being beings
bejebuzz beleive beliefs believe believes believing belly belongs beloved below belt bench benefit
benefits benefitting benzo benzos berkeley bery besides best bestbuy bestof bet betray betraying
betta bette better between beverages bexey beyond bf bias biases bicycles bien big bigger biggest
biggy bigot bigoted bigots bike biker bill billion billions billon bills binaries binding binge
binged bins bio biological biomedicine bird birds birtday birth birthday birthdays bisexual
bissexual bit bitch bitcholer bites bits bitter bittersweet bizarre black blackballed blade blades
blam blame blaming blank blanket blast blasting blatant blatantly blazer blessed blew blind bliss
block blog blonde blood bloody bloomer blow blown blows blue bluff blunders blur bo board boat
bodies body boi boiling bois bold bomb bone boner bones bonkers bonus boo boobs book books
bookshelves boomers boon boop boost boosted boot booth boots booze bop borderline bored boredom
boring born boss bot both bother bothered bothering bothers bottle bottles bottom bought boulange
bounce bounced bouncing boundaries boundary bout bowl box boxer boxes boy boyfriend boys bozo bp br
bra brag brah brain brainwashed brakelights branch brand brat brave brawls brazen bread break
breakdowns breaking breaks breakthrough breakthroughs breasts breath breathe breathing breed
breeding bridge brief briefcase brig brigaded brigading brigantine bright brilliant bring bringing
brings brinks bro broad broadcasting brogue broke broken broner bros brother brought brown browsing
bruh brushes brushing brutal brutality bsv btc btw bubba bubble bucks bud buddies buddy budget buff
buffoon bug bugging bugs build building built bullshit bum bums bunch bunches bunker buns burden
burdens burger burgers burglar burial burka burn burned burning burnt burrito burst bursts burying
bus business busy but butcher butnthats butt button buttons buy buying buzzfeed by bye bystanders c
ca cabeza cable cae caffeine caitoz cake calamity calcify calculate calendar caliber california call
called calledyourbluff calling calls calm calories cals cam came camera camp campaign campfire
campus campuses can cancel canceled cancelling cancer candidate candidates candle candy cane
cannibal cannot canny canopy cant canucks cap capable capitalise capitalised capitalists caps capt
captain caption capture captured capturing car carbon carcass card cardboard cardiac cardio cards
care cared career careful cares cargo caring carnist carnival carpools carried carrot carry carrying
carryover cars cart case cases cash cashed cashews cashier casinos cast castle casual casually cat
catastrophic catch catching catchy catdog cathartic cats caught causal cause caused causes causing
cave caveats cay cc cee ceiling celebrate celebration celebrity cell censor cent centaur centered
centers centrally centred centrist cents centuries century cerebral certain certainly certainty
chain chainsaw chair challenge chamber champ champagne championship chan chance chances change
changed changer changes changing channel chant chaos chaotic chapels chapter character
characteristic characters charge charged charges charity charlatan charred chase chaser chat
chatacter cheap cheaper cheapest cheat cheated cheating cheats check checked checking checkmate
cheek cheer cheerleading cheers cheese cheeseburger cheesy chefs chemical chemistry chemotherapy
cheques chest chi chicago chicagobulls chick chicken chickens chief child childcare childfree
childhood childhoods childish children childrens chili chill chilli chilling chills chin chips
chlorophenol chocolate choice choices choke choose chooses choosing chose chosen chubby chuckle
chuckled chunk church churlish cigarette cigerette cinemas circa circle circlejerk circles
circumstances cities citizens city civil civilians civilization ck claim claimed claiming claims
clap clapped clapping clarified clarity clasp class classes classic classifying claw cle clean clear
cleared clearer clearest clearing clearly cleaver clever clich click clickbait clicked clicking
clicks cliff climate climb climbing clingy clinic clink clip clipboard clock clone clones close
closed closeer closely closer closest closet closing closure clothes clothing cloud clouds club
clumsiest clumsy clunky clutch co coach coaches coaching coalitions coast coating cockroaches
cocktail cocky coco coconut code codependant coder codes coffee coffers coffin cognition cohort coil
coin coincidence coindesk coke coked cola cold collab collapse collapsed collect collection college
cologne colonies colonizes colony color coloring colors colour colourpop coma comb combat
combination combine combined combs come comeback comedians comedic comedy comedyheaven comely comes
comfort comfortable comforted comforting comfy comic comics comin coming comings comment
commentating commented commenter commenting commentor comments commercial commercials commie commies
commission commit commiting commitment committed committee committing commodities common communicate
communicates communication communications communism communist community commute comp company compare
compared comparison comparisons compass competing competition competitive competitors compilations
complain complaining complains complaint complete completed completely complicates complications
compliment complimentary compliments compounded comprehension comprehensive compromise compromised
computer computers comrade con concentration concept concepts concern concerned concerns concert
concise conclusion conclusions concreted condescending condition conditioned conditioning condo
condom condoms condoning confessing confession confidence confident confirm confirmed confirming
confirms conflict conform confrontation confuse confused confuses confusing confusion conglomerates
congresswoman connecting connection connoisseur cons conscious consent consequences conservative
conservatives consider considered considering consistency consistent consistently console consoles
conspiracy constant constantly constitute constraining construction consume consuming contact
contagious containing contains contemplated contempt contenders contending content contest context
continent continue continues contraception contract contractors contracts contradicts contrary
contribute contributing contribution contributor control controllable controlled controller
controllers controversial conveniently conversation conversations converts convey convinced coo
cookie cooking cool coolest coop coordinate cop cope coping copped copperbox cops copy core corner
corners corporate correct corrected correction corrective correctly correlate correlation corrupt
cos cost costs cottage could couldn couldnt council counseling counselor count counterargument
counties counting countries country counts coup couple couples courage courageous course court
courtesy courtroom courts cousin cover covered cow cowboy coworkers cows coyotes cr crack cracking
craft crafted cranberry cranky crap crappy crashed crave craving crawl crazed crazy cream create
created creates creation creative creativity creator creatures credentials credibility credit creek
creepiest creepily creeps creepy creme crew cried cries crime criminal criminals cringe cringed
cringey cringy crisis critical criticism criticisms criticize criticized criticizing critique
critiques critter crochet crooked crop cross crossover crotch crouch crowd crowded cruel cruising
crushes crust crusts cry cryin crying crypto cryptocurrency cube cubes cuck cucked cuckolding cuddle
cuddled cuddling cuisine culprits cult cultivate cultural culturally culture cultures cummies cunt
cunts cup cupboard cupcake cups curb cure cured curing curiosity curious curly current currently
curse curve cusses customary customer customers cut cute cuteness cutest cutter cutting cuz
cyberpunk cyborg cycle cycling cynicism d daaaaaamn dad daddy daily damage damages dammed damn
damnable damned damning damper dance dancing dang danganronpa dangerous dapper dare dared dark
darling darn dart das dash data database date dateable dated dates dating daughter day daycare days
de dead deadline deal dealer dealing deals dear death deathcries deaths debacal debacle debate debts
decade decades decaf decapitated deceased decent decentralized deceptive decide decided decides
deciduous decision decisions deck declare declares declined decreed dedication deduction dee deemed
deep deer def defence defend defenders defending defense defensive deference definatley define
definently definetly defining definitely definition deflated deflecting deforestation deft defy
defying degenerate degrades degree degrees dehydration deity delayed delaying delete deleted
deleting deliberately delicious delightful delis deliver delivers deluded delusion delusional dem
demand demands demean dementia democracy democrat democratic democrats demographic demons
demonstrate demonstrated demoted dems density dental deny denying deodorant department depending
depends deportes deposit depressed depressing depressingly depression describe described describing
description desert deserve deserved deserves desi design designed designs desire desires desk
desktop desperate desperately despicable despise despite destination destroy destroying destroys
destruction detach detail detailed details detained detected detector determine detracts deuce
develop developers developing developments develops device devil devs dia diagnosed diagnoses
diagnosis dial diarrhea dibs dictator dictatorship did diddle didn didnt die died diet difference
different difficult difficulties diffuse diffusing digging digits dildos dilemma dim ding dinner
dinners dinosaur dippy dire direct directing direction directions directly director dirty dis
disability disable disadvantages disagree disagreed disagreeing disapointed disappearing
disappointed disappointing disappointment disappointments discipline disco discomfort discount
discourse discovered discovery discriminating discuss discussing discussion discussions disease
disgusted disgusting dish dishonest disingenuous dislexia dislike disliked dislocation dislodged
disordely disorder disownment dispair dispointed dispossessed dispute disputing disrespect
disrespectful disrespectul disrupted disrupting disruptive dissertation dissosiatives distance
distant distaste distinguish distinguishing distress distressed district districts disturbed
disturbing ditch diversity divides divisive divorce divorced dizzy dlc dna do docket doctor doctors
document documentaries documentary documented dodge dodgy does doese doesn doesnt dog doggie doggle
doggo dogs doing dollar dolphins dominant domination don donate donating donation done dont donut
doo dood doodles doomfist door doordash doors doorways doritos dork dorks dot dots double doubles
doubly doubt doubtful doubts douche down downgraded downs downtown downvote downvoted downvotes
downvoting dozens draft drafted drafters drag dragon drain drama drastically draw dream dreamboat
dreaming dreams drenched dress dresses dressing drew drilled drink drinking drinks drive driven
driver drivers driveway driving drop dropped dropping drops drove drown drug drugs drunk drunkenly
dry dua dub duck ducking ducks dude dudes due dues duh dumb dumbass dumbasses dumber dumbest
dumbmotherfucker dummies dump dumped dumping dunce dunk dunno duo duplicate during durr dust dusty
duty dva dwell dxm dyed dying dynamic dynamics dysphoria e each earlier earliest early earned
earning ears earth earthquakes easier easily easy eat eaters eating eats echo econ economic
economical economics economy ecosystem ecstatic ed edge edged edgy edit educated educating education
ee effect effective effectively effects efficient effing effort effortless efforts egg eggshells ego
egotistical egregious eh ei either elaborate elder elders elected election elections electoral
electrical electronic electronics element elementary elements elevators eligibility eliminated
elimination elite elitist elopement eloquently else elsewhere elves em email emails emasculate
embalmed embarassing embarrassed embarrassing embarrassment embedding emerges emojis emotion
emotional emotionally emotionless emotions empathize empathy emperor empirical employee employees
empty enablers enby enclosure encountered encounters encourage end endangered endearment endeavors
ended ending endless endorsement ends enemy energy enfolding enforce enforced enforces engage
engaged engagement engine engineer english enjoy enjoyed enjoyhis enjoying enjoyment enlarger
enlighten enlightening enmey enough entails enter entered entertained entertaining enthralled
enthusiasts entire entirely entirety entities entitled entitlement entity entries entropy
environment envyness epic epilogue episode episodes epistemology epsilon equalizer equally equate
equity equivalent era erection error errors errrrrrrrrr es escalate escalation escape especially
essentially established establishment estate esteem estrogen etc eternity ethical ethically ethnic
ethnically ethnicity euro euros evangelical even evening evenings evens event events eventually ever
every everybody everyday everyone everything everytime everywhere evidence evident evil eviscerated
evolution evolutionary evolve ex exact exactly exaggerating exam example examples exasperatedly
excellent except excepted exception excerpt excess exchange excited exciting exclusive exclusively
exclusivity excuse excused excuses executed execution exercise exercises exert exes exhale
exhausting exhibited exist existed existence existent existentialist existing exists exit exmormon
exorcist exotic expansion expect expectation expectations expected expecting expedient expense
expensive experience experienced experiences experiencing expert experts expiring explain explained
explaining explains explanation explanations exploded exploit express expressing expression
expressions expunged exquisite extended extinct extra extraordinary extrapolate extremely extremist
extremities eye eyeball eyebrow eyebrows eyed eyes eyeshadow eyesight f fabuloso fabulous face
facebook faced facepalm faceplant faces facial facing facsimile fact factor factory facts factual
fail failed failing failure fair fairfight fairly fairness fairs fairy faith faithful fake faker
faking fall fallacies fallacious fallen falling falls false fam famales familiar family famous fan
fanatics fanbases fanboys fancied fandom fanfiction fangirls fans fanspeak fantasizing fantastic
fantasy fapping far fares fargat farm farmers farms farting fascinated fascinating fascism fascist
fashion fashionable fashioned fast faster fastest fasting fat father fattest fatty fatuous fault
faults fauna fav favor favorite favorites favourite favs fawn faxxx fcuk fear fears feature fed feed
feedback feel feeling feelings feels fees feet feint felicity fell fella fellow felt female feminism
feminist feminists fence fentanyl fest fetish fetuses few ffs fianc fiction fictional fiddle field
fight fighting fights figure figured figures file filed filled fillers filling film filmed filter
filtered final finalized finally finance financial find finding finds fine finest finger fingering
fingers finish finished finishes finishing finite fire fired fires firmly firms first fiscal fish
fishing fist fit fits fitting five fix fixed fixing fkin flag flagging flagrant flags flair flairs
flashbacks flat flavor flavours flaws fled flees flex flinched flip flippening flips float flogging
floor flop flossing flounder flowers flu fluffy flunk flushing fly flyer flying focus fofty folding
foles folks follow following follows food foodies foods fool fooled foot footage football for forbid
forbidden force forced forces forcing foreign forensic forever forgave forget forgetful forgetting
forgot form formal format former formula formulas forth fortnight forty forum forums forward
forwards fought foul fouled fouls found four fox fp fps fracture fragile frame franchise frankly
frat fraud fraudulent freak freaked freaking freaks free freedom freely freemason freeze frenemy
frequently fresh freshener frick frickin fricking fridge fried friend friendly friends friendship
friendships fries frog from front frontrunner frostbite fruit frum frustrated frustrating
frustration fry ft fucers fuck fuckboi fucked fuckin fucking fuckton fuel fuking full fullness fully
fumbles fuming fun function functions fund fundamental funded funding fundraiser funds funnel
funniest funny furloughed furniture furry further fuss future fuxked fuzz fyi g gad gag gahhh gain
gained gaining gal gallon game gamegrumps gamer gamers games gaming gangs gap garage garbage garden
gas gaslight gaslighting gasp gastown gate gatekeeping gathering gatling gato gauge gave gay gb geez
gender gene general generally generate generations generic generous genetic genius genocide genre
genuine genuinely gesture get gets getting getup gf ghost ghosting ghosts ghoul giant giants giblets
gibson gif gift gifted gig giggle giggly gilded gillette gimmicky gimp girl girlfriend girlfriends
girls git give given giver gives giving glad gladiator glass glint glitch glitchy glo global
globalism globe glorious glory gloves glow glowing gluten go goal goalpost goals goat gobble goblin
god goddamn goddess godlike godly goes going goings gold golden goldmine gone gonna gooble good
goodbye goodest goodies goodness goodnesssake goodnight goods google googled gore gorgeous gosh got
gotcha gotta gotten gourmet govern government governments gown grab grabbed grad graduate grammar
grandchildren grandfather grandma grandpa grandparents granite grant grape graphic graphics
grappling grasp grass grateful gratification grats grave gravy gray grease great greater greatest
greatly greedy green grew grey grief grin grip groceries groin groomed groove gross grossly ground
groundhog group groups grow growing grown grows gtfo guage guarantee guaranteed guard gudder guess
guessing guest guests guildmates guilt guiltied guilty guitar gullet gun gunna guns gurl guru gut
guy guys gym gymnastics gyms gyno habit hacked hackjob had hadn haha hahaha hahahaha hair haircut
hairdoodoo halal half hallucinations halo halt ham hammer hand handed handful handily handle handled
handling hands handsaw handshake handsome handstand handy hang hanging hangover happen happened
happening happens happier happiest happily happiness happy harass harassed harassing harassment
harboring hard hardcore harder hardest hardly harem harm harmful harming harp harsh has hasn hasty
hat hate hated hateful hates hating hatless hatred hats haunt haunting have haven having hay he head
headache headed heading headline headlines headphones heads heal healing heals health healthcare
healthy hear heard hearing heart heartbeat heartbreaking heartbroken heartburn heartless heat heated
heating heaven heavily heavy heck heels heifer height held hell hella hello helmet help helped
helpful helping helpless helps hemisphere hep her herb here hero heroes hers herself hes hesitant
hey hi hiarious hiccups hick hidden hide hiding hierarchs high higher highest highlighting highly
highrise highschool highway hike hil hilarious hilarity him himself hint hints hip hipster hipsters
hire hired hiring his history hit hitchhike hitman hits hitter hitting hm hmmmmm hoarding hobbyist
hockey hodlers hoedown hoes hog hold holding holds hole holes holidays hollering holy home homeboy
homeless homes homeschool hometown homework homicide homie hominem homophobe homosexual
homosexuality honest honestly honesty honey honored hoodie hook hooker hooooly hoosband hop hope
hopeful hopefully hopes hoping hopped horizon horn horny horrendous horrible horribly horrific
horrifying horror horrors horse horseback horses horseshit hose hospital host hot hotel hotels
hoteps hotspot hound hour hourly hours house housed houses houston hovering how hub huevo hug huge
hugs huh human humane humanist humanity humans humble humbly humidity humiliated humor hump hunch
hundreds hung hungasfuck hungriest hungry hunned hunt hunting hurricane hurt hurting hurts husband
hustle hut hygiene hype hyped hyperawareness hypersexuality hypes hypocrisy hypocrite hypocrites
hypocritical hypothetical hysteria i iamatotalpieceofshit iamverybadass ice icebreaker ich icing
icon iconic icons icy id idc idea ideas identifying identity ideologically ideology idiom idiot
idiots idk idols if ift ight ignite ignorance ignorant ignore ignored ignoring iguanas iirc ill
illegal illiterate illness illnesses illusion im image images imaginary imagination imagine imagined
immature immediately immigration immoral immune immunize imo impacts impeachment implement implicit
implies imply implying importance important importantly impose imposing impossible impregnated
impressed impression impressive improve improved improvement improving in inability inaccurate
inaugural inbred incase incel incels incessant inches incinerating inciting include includes
including incognito income incompetence incomplete incomprehensible incorrect increase increased
increases increasing incredible incredibly indeed indefensible indefinitely independence independent
indicate indicative indicted indictment indignation individual individuality individuals induced
industrial industry ineffective inept inexcusable infant infants infect infection infield infinite
inflated influence influential info inform information informative informed infrastructure
infuriating ingenuity ingredients inherently inhouse initial initially injections injects injured
injuries injury inner innocence innocent innocently innocuous innovative input insane insanely
insanity insecure insecurities insecurity insensitive inserts inside insider insight insightful
insignificant insinuate insist insisted insists inspected inspiration inspirational inspired
inspiring insta instagram installed instant instantly instasaw instead instilled instinct instincts
instructions instructive insufferable insufficient insulin insult insulted insulting insults
insurance integer intel intellectual intellectually intelligence intend intended intensifies
intensive intentional intentionally intentions intents interacted interaction intercession
interedtinh interest interested interesting interests internally international internationally
internet internships interpretation interrupted intersect intersex intervene interventionist
interview interviewed interviews intimacy intimate intimidating into intolerance intrigued
intriguing introduced introducing introduction invalidate invasion invasive invent inventory
investigation invited involve involved involves irate irl iron ironic ironically irons irony
irrelevant is ish island isms isn isnt issue issued issues it item items iteration itinerary itll
its itself ive j jab jack jackals jacket jackpot jaded jail jailed jam jammed japanese jave jazz
jealous jealousy jeez jello jerk jerking jersey jihadists job jobs jockstraps join joined joint joke
joker jokes journal jousting joy jubilation judas judge judgement judgment juices jujitsu july jump
jumped jumping junior junk junkies jush just justice justification justified justnomil juul jv k
kael kangaroo karma karmahungry kashoggi kayo kb keep keeper keeping keeps keg kel kentrosaurus kept
ketaconazole ketchup keto kettles key keys khakis kick kicker kickers kicks kid kidding kiddo
kidnapping kidney kids kill killed killee killer killing kills kind kinda kindly kindness kinds king
kingdom kings kiss kit kitche kitty klonopin knee kneecap kneejerk knees knew knife knifed knob
knock knocked knocks know knowing knowingly knowledge known knows krav kudos l la lab labeling
labelled labor labs lack lactose lad ladies lads lady laggy laid lame land landing landlord lane
lanes language lantern lap laptop lardons large laser lashing lassie last lasted late lately later
latest latkes laugh laughed laughing laughter launch launched law lawd laws lawyer lawyers laxative
lay layers laying lazy lbs lead leader leadership leading leads league leagues leaked leaning
leanings learn learned learners learning learns learnt lease leashed leashes least leave leaves
leaving led ledge leech left leftist leftists lefty leg legal legaladvice legalized legally legend
legendary legends leggings legit legitimate legitimately legs lemme lemon lend length leo leprosy
les less lesson lest let lethbridge lets letter letting level levels levers levitate liability liar
lib liberal liberalism liberals libertarian libertarianism liberty libido libs license lick lid lie
lied lies life lifesaver lifestyle lifestylist lifetime lift light lightbulb lightning lights like
liked likely likes likewise limb limit limitations limited limits limp line lined lineman lines
lingo lining link linked links lions lip lipo lips list listen listened lists lit literal literalism
literally liters littering little live lived lives living lizards lk ll lmao lmfao load loan loathe
lobby local located location lock locked lockers locking locomotive logan logged logic logical logo
lol loling loneliness lonely loner long longer longhorn loo look looked lookin looking looks
looksmatch looksmaxxing lookz lool loooot loop loose loosing lord lore los lose loser losers loses
losing loss losses lost lot lotion lots lotta lottery lotto loud louder love loved lovely lover
lovers loves loving low lowballing lower lowest lowkey loyal lsd lube luck lucky lulled lunacy
lunatic lungs lutely luxurious luxury lvl lycra lying lynch lynching lyric m machine machines macri
macs mad made madinans madlads mafia mag maga magala mage magic magical magically magnificent
magnitudes magnolias mags mail main mainline mainly mains mainstream maintain majority make maker
makers makes makeup making male males malicious malk mall mama mamma man manage managed management
manager manages mandate mane maneuver mangina mango mania manipulated manipulation manipulative mans
mansion manufactured many mao map maple march marinate mark market marketing markup marriage married
marrying masculinity mashup mass massive master masterful masterpiece masterrace masturbates
masturbation match matches matching matchmaking matchup mate material mates matey math matrix matter
mattered matters mature mavs max may maybe mayhem mayonnaise mb me meal meals mean meaning
meaningful meaningless means meant measures measuring meat meatloaf mechanics mechanism med media
medical medication mediocre meditation meds meet meeting meetings meets meetup meh melodramatic melt
melted member members meme memes meming memorable memories memorise memory men menopause mental
mentalists mentality mentally mention mentioned meow merch merciful mercifully mercy merely
meritocracy mess message messages messed messy met meta metal metallica method methodist
metropolitan mg mh mic mid middle midnight migas might migraine migraines migrant mii mild mile
miles military milk milking millenials million millionaires millions mimicking min mind minded
mindless minds mindset mine minimal minimum minor minorities minute minutes miracle mirror
misanthropy miscarriages miserable miserably misery misinformation misleading misread
misrepresentations misrepresented miss missed misses missile missing mission misspelled misstepped
missus mist mistake mistaken mistakes mister mists misunderstanding misunderstood mix mixed mixups
mk mmmm mo mob mobile mobility mock mockery mod modded mode model moderate moderately moderators
modern modes mods mohawk moisture molesting mom moment moments momentum momma moms mon money monitor
monologue monopoly monster montage month months monumentally mood mooing moon moose moral morality
morally morbid morbidity more moried morning moron morons mortally mosquitoes most mostly mothafucka
mother motherfucker motherfucking mothering mothers motivated motivational motor motorcycle mountain
mouse moustache mouth move moved movement movements moves movie movies moving mp mr ms much muddy
muertos muffler multiculturalism multimillionaires multiple munt muppets murder murdered
murderedbywords murderer murderstarve muscle muscles museum music must mustache muster mutated mute
muted mutual my myself mystery myth nag naggers nagging nah nail nailed nailing nails nalis name
named names nap narcissistic narrative narrow nasa nasty nathanforyou nation national nationalists
nationals nationalstic native natty natural naturally nature naughty navigator nazi nd near nearly
nebulous necessarily necessary necessities neck neckbeard necklace necks necromancer need needed
needing needlepoint needles needlessly needs negates negative negativity neighbor neighborhood
neighbours neither neoliberalism nerd nerfed nervous net netflixer network neutral never new newborn
newborns newer news newspaper newspapers nex next nfl nibbas nice nicely nicer nicknames nicotine
nieces night nightmare nightmares nights nihilist nmom no nobody noise nom nominee non nonbinary
none nonetheless nono nononoyes nonsense noodle noose nope nor normal normally normals normie
normies norms north northern nose nosebleed nostalgia nostril not notarized note notes noteworthy
nothing notice noticeable noticed notification notifications notions notoriously noun novel now
nowadays nowhere np nsfw nuance nubbin nuclear nuggets nuke nukes number numbers numerous nut
nuthose nutrient nuts nutso nutters o obese obesity object objectively obligated oblivion obnoxious
obnoxiousness obscene obscure observation obsessed obsession obstruct obtained obvious obviously
occasionally occur odd oddly oddlysatifying oddlysatisfying of off offend offended offense offensive
offer offers office officer offices official offline offs offseason offside offspring often oh oil
ok okay okc ol old older oldest olds oligarch omg omission on once one ones ongoing onion online
only onto onward oof ooh oohh ooooooocean oops op open opened opener openly opens operate operating
operation opinion opinions opportunities opportunity oppose opposed opposite opposites oppressive
opt optimism optimistic option options or orange oranger orbit orchestrated order ordered ordering
orders org organised organization organizations organize organized organs original originated orks
orochi other others otherwise ouch ought ounce our ours ourselves out outage outcasts outcomes
outdated outdoors outer outfit outfits outgoing outline outrage outright outside outsiders outsmart
outta oven over overachieved overall overcome overdo overdose overeat overemphasis overflow
overgeneralize overlap overly overpaid overrated overreacted overreacting overreaction overtake
overthinking overtime overwatch overweight overwhelming overworked owe own owned owner ownership
owns oxygen p paahahaha paced pack packaging packed packers packets pad paedophile page pages paid
pain painful painfully pains painted painting pair pairing pal pallet pallets palm palsy pamphlet
pamphlets pan panel panic panicking pant panther pants paper paragraph paralized parallels
paramilitaries paranoia paranoid paraphernalia parent parenting parents parishioners park parker
parking parody parrents part partially participate particular particularly parties partisan partner
partners parts party pass passed passes passing passionately passive passively passpart past pasta
pastries pat patch patched patches pathetic patience patronizing patterns paul pause pausing
pavement pawn pawns pay paying payments payoff payroll pays paywall peace peanut pears peasants
pedal pedos pee peeking peep pelican pelts penalty penguin peninsula penis penny pension peon people
peoples per percentage percisely perfect perfectly perform performance performed perhaps period perk
perm permanent permissible permission permit perogies perpetuating perplexing persist person
personal personalfinance personalities personality personally pessimistic pet pets pettiness petty
phantom pharmaceutical pharmacy phase phases phelps phenomenon phew philosopher phoenix phone phoned
phones phony photo photos photoshop phrase phrased physical physically physician pic pick picked
picking pickle pickpocket picks pics picture pictured pictures picturesque picturing pie piece pig
pigs pikachus pile pill pillow pillows pills pilot pimple pin pink pins pint pipe pipeline piss
pissed pisses pissing pitch pitchfurks pithy pizza pizzas place placed placeholder placement places
placing plague plan plane planes planet planned planning plans plants plastic plate plates platform
platonic platoon play played player players playground playing playoff playoffs plays playstyle
pleasant please pleasurable pleasure pleasures pleb plenty plot plotlines plug plus pms pnr pockets
podcast podcasts podium pods poetry point pointed pointing pointless pointlessly points pokemon
poker poking polar police policies policing policy polish political politically politicians politics
poll polyamory polyester pond pong poo pooed pool poop poopin poops poor poorest poorly pop popoffs
popping pops popular populated porn porns port portland portrayed pos poses posho position positions
positive positively positivity possess possession possibility possible possibly post posted poster
posting posts pot potential potentially potg pounds pouring pours poverty power powered powerful
powering powerless powerline powers ppl practice practiced practices practicing prag praising pray
prayer prayers praying pre preached preceding precious precisely precluded predator predatory
predecessors prediction prefer preferences preferred pregananant pregnancy pregnant preist prejudice
prejudices premature premier premium prep prepared preparing prequel prescriptions presence present
presented presents president presidential presses pressure pressuring pressurized presumably presume
presumptions pretend pretending pretentious prettier pretty prevent previous price priced prices
pricey prick pride primal primarily primary prime princess principal principals principles print
prior priorities prison private privledges pro prob probably problem problematic problems procedure
process proclaimed produce produced producer producers producing product production products
professional professionals profile profit profits prog programmed programming progress progressive
project projectile projecting projection projects prolonging prom promiscuous promise promo promote
promoted promotion prompt prone pronoun pronounce proof propaganda proper properly property
proposals proposed propulsion pros prosecution prospects prosperity prosthesis prostitute
prostitutes protect protected protecting protection protest protester protesters proud prove proven
provide provoke prude prunes ps psst psychiatric psychiatrist psychological psychologist psychopath
psychopathic pt pts pub puberty public publicity publicly pubs puck puddle puffer pug puig puke pull
pulled pulling pulls pump pumped pumps pun punch punched punches puncture punished punishment punk
punt punting pup pupper puppies puppy purchase purchased purchases purgatory purge purple purpose
purposely purposes pursue pursues purty push pushed pushing put puts putting puzzled qb quad quail
qualifier quality quarter quarters que queen question questionable questioning questions quick
quicker quickly quiet quieter quietly quips quit quite quitting quote quoting r rabbit rabid race
racial racing racism racist racists rad radar radical radio raga rage rages ragnarok raid raider
rails rain raining rainy raise raised raises raising rammed rampant ramped ran random randoms range
rank ranked ranks rant ranting rap rape raped rapes rapid rapist rappelling rapper rappers raps rare
rarely rarity rate rated rates rather rating ratings ratio rational rationale rationalise
rationalizing rats ravenous razor rd re reach reaches reaching react reacted reaction reactions read
readers reading readings reads ready real realign realise realistic realistically reality
realization realize realized realizing reallllly reallly really realy reams reason reasonable
reasonably reasons reassuring rebates rebound rebounds rebuild recapping reccomend receipts receive
received receiver receiving recent recently reception recipe recipient reckon recognise recognition
recognize recommend recommendation recommended reconciles reconciliation record recording records
recover recovers recovery recreated rectified recycle red reddit redditors redeeming redesign reduce
reduced reduction ref refer reference referencing referring refresh refreshed refs refugee refusal
refuse refuses refusing regain regard regardless regards regenerates regime registered regressive
regret regrets regrouped regualr regular regularly regulations reincarnated reintroduce rejected
rejects rejoice relatable relate related relates relation relations relationship relationships
relatively relatives relax relaxed relaxing release released releasing relevant relevence relief
relieved religion religions religious relish relive reluctant remain remained remains remarkable
rematch remember remembering remind reminded reminder reminding reminds remise remove removed
rendition renewable rent renting rep repair repay repeat repetitive replace replay replied replies
reply replying report reported reportedly reporter reporters reporting reports repost reposted
represent represented representing repressed reproduce reproduction republi republican republicans
repulsive reputation request requested requesting requests require required requirements reread
rescue research resembling resets resident residents resignation resist resistant reskin resonates
resort resource respect respectful respecting respond responded responding response responses
responsibility responsible responsibly rest restating restaurant rested restrict restrictions result
results retaliating retards retcons rethink retire retired retirement retreat return returns
retweeting reunited reused revenge revenue reverse reversed review revise revisionists revive
revived revoked revolting revolution revolutionary revolving reward rewards rewatch rewind reworked
rewrite rhetoric rheum rhymes rhythm ribs rich rid ride rider ridiculous riding right righteous
rights rightwing ring riot riots rip ripped rise risk riskier risks risky rmb rn road roads roam
robbed robbery robocough robot robots rock rocking rocks role roleplayers roles roll rolling rom
romantic rookie room roommates root roots ropes roster rotting rough roulette round rounds route
routine routinely row rowckets royalties rtts rubber rubs rude rudely rudimentary rug ruin ruined
ruining rule rules rumble rumor run rundown running runs runway rural rush rushed russia ruthless s
sa saber sabotage sacks sad saddest sadly safe safer safety safty said sailed saints sake sakes
salad salaries salary sale sales salesman salespeople salt salty salute salvation same sanctions
sand sandwich sang sarcasm sarcastic sassy sat satan satire satirical satisfaction satisfied
satisfying sauce saucy saudi save saved savedyouaclick saves saving savings savior saw say saying
says sb scale scam scamming scandal scapegoat scarcity scare scared scares scarring scary scenario
scenarios scene scenes scenically scense schadenfreude schedule scheduled scheduling scheme schemed
schizoid schizophrenia scholars school schools science scientific scientist scientists scifi scoff
scooter scooters scoots scope score scores scoring scottgal scotus scratched scream screamed
screaming screams screeched screen screenchot screenshot screwed screwing screws scripted scripts
scritches scroll scrolling scrotum scum scumbag scumbags sea seafood sealed search searches
searching seasoms season seasonal seasons seat seatbelts seats seattle second secondary secondhand
secondly seconds secret secretly section sections secure security sedimentation see seeing seek
seeking seeks seem seemed seemingly seems seen sees segment seized select selected selection
selective self selfie selfies selfish selfless sell selling sells semi send sending senile senior
sense sensibility sensible sensitive sensor sent sentence sentient sentiment sentimental separate
separated sequel sequels seratonin serenaded series serious seriously serum servant served server
servers service services serving session set sets setting sever several severe sewing sex sexes
sexiest sexism sexist sexists sexual sexuality sexually sexy sh shade shadiness shadowban shady
shaft shakes shaking shall sham shame shamed shames shape shaped shapes shards share shared shares
sharing shat shattered shattering shatters shatting shaving she sheep sheesh shelf shell shells
shelves shes shift shifted shifting shill shilling ship shirt shirts shirty shit shitbag shitbags
shitcoin shite shithead shitheads shitpost shits shitshow shittastic shitter shitting shittingly
shitty shock shocked shocking shockingly shoes shoot shooter shooters shooting shootings shoots shop
shopper shopping shops short shortened shortly shorts shot shotgun shots should shoulder shoulders
shouldn shouting shove shoveling shoves shoving show showed shower showing shown shows shredded
shredder shreds shrimp shrinking shrooms shudder shut shutdowns shutout sibling sick sickness sicko
side sides sideways siding sighs sight sign signal signaling signed significant significantly
signing signings silencing silent silly silver silvered similar similarities simillar simple
simplicity simply simultaneity since sincerely singer singing single sink sinks sir siren sis sister
sisters sit site sith sitter sitting situation situations six sixth size sized skating sketch
sketchy skew skill skills skin skinned skinny skins skip skittle sky slacking slam slams slandered
slang slap slapdash slave slavery sleep sleeping sleeve slept slick slide slider slightly slipped
slippery slipping slope sloppy sloth slow slower slowest slowly slur smack smacked small smaller
smart smash smdh smeagol smell smelled smelling smells smfh smh smile smiles smoke smokin smoking
smoother smoothies snacks snake snapchat snapped snapping snaps snarky snatch sneak sneakpeekbot
snooping snorting snow snowbirds snowy snuffed snuggling so social socialising socialism socialist
socialists society sociopath socks soft soil solace solar sold soldier solely solid solidarity
solidify solo solution solve solved solvers solves some somebody someday somehow someone someones
something somethings sometime sometimes somewhat somewhere son song songs sons soon sooo soooo sore
sorely sorry sort sorta sorts soul soulless souls sound soundbite sounded sounding sounds soundtrack
soundtracks source sourced sources sous south southern southerners soy space spaceflight spaces
spamming span spanish sparks spat speak speaker speaking speaks special species specific
specifically specified spectacle spectrum speculating speculation speech speed spelling spend
spending spends spent spice spicy spider spiked spikey spin spine spines spinners spins spiral
spirit spirits spirituality spit spitfire split spontaneous spontaneously sport sporting sports spot
spotlight spots spotted spotting spouse spouses spray spread spreading spree sprouts spurred spy sq
squad square squash squeak squeal squeezed squelched squidward srength sry ssince st stab stabbing
stache stadiums staff stage staggering staggeringly stain stalked stance stand standard standards
standing stands stans star staring stars start started starter starting startled starts starving
state stated statement statements states stating station statistic statistically stats staunchness
stay staying stays steak steal stealable stealing steaming steamroll steel steely stellar step
stepped steps stereotypes stern steroids stew stick sticking sticky stigma stigmatized still sting
stingy stinks stirring stlouis stock stocked stocks stoked stole stolen stomach stomping stoned
stood stoop stoopid stop stopped stopping stops store stored storefront stories storm storwatch
story stove straight straightforward straining strange stranger strangers strangest strangled
strategy strawberry strawman strawmanning streak stream streamers street streetposts streets
strength strengths stress stressed stressful stretch stretched stretches strike stringer strip
striving stroller strong stronger strongest struck structure structured struggle struggled
struggling stuck student students study stuff stumble stun stunt stupid stupidest stupidity stylish
sub subject subjective subliminals submitted subreddit subreddits subs subscribe subscribed
subscribers subsidized substantially substitute subtitles suburb suburban subversive succeed
succeeded success successful successfully succinct succinctly such suck sucked sucker sucking sucks
sudden suddenly sue sued suffer suffering suffocate sugar suggest suggested suggesting suggestion
suggestions suit suitable sum summary summer summit sums sun sunset sunshine super superb
superficially superior superiority supernatural superpower supervision supervisor supply support
supporters supporting supportive supports suppose supposed suppressing supreme suprised sure surely
surgeries surgery surprise surprised surprises surprising surprisingly surrounding survival survive
survivors survs suspect suspicions suspicious sustained sustenance sw swallow swap swear swearing
sweat sweaty sweet sweetest sweetheart sweetie sweety swelled swept swerved swimming swings swipe
swirlies switch switched sword swung syllable sympathy syncs syndrome synonymous syntax syrian syrup
system systemic systems t tabarnack table tabs tackled tacky tacos tad tag tailgating take takeaway
taken takeover takes taking tale talent talents talk talked talkers talking talks tall tallest tame
tan tangent tank tanking tanned tantrums tapeworms taps target targeted targeting targets task taste
tasted tate tattoo taught tax taxes taxpayers tbh tchetchen te tea teabag teabagged teach teacher
teachers teaching team teammates teams teamwork tear tearing tears technically technological
technology teen teenagers teens teeth tell teller telling tells temperature template temples
temporary temptation ten tenant tend tenders tends tennis tens tension tent term terminally
terminals terminology terms terrible terribletrollisterribleattrolling terribly terrified terrifying
territorial territory terrorism terroristic terrorists test testament tested testifying testing
tests text texted texts tf tge th than thank thankful thankfully thanks thas that thats the theft
their theirs theist them theme themed themself themselves then theories theorists theory theorycraft
therapist therapy there therefor therefore thereof theres these they thick thief thielen thin thing
things think thinkers thinking thinks thinness third thirst thirty this tho thong thoroughly those
thot though thought thoughtful thoughts thousand thousands thrash thread threads threat threaten
threats three threes threw thrilled thrilling throat throbbing through throughout throw throwaway
throwback thrower throwin throwing thrown throws thuggish thumb thundamentals thunder thurster thus
thusly thuzad thy thyroid ticket tickets tickle tiddy tide tie tied tier tiers ties tiger tight tild
till time timeline timelines timely timeof times tincture tinfoil tiny tip tips tipsy tire tired tis
title titles tive tj tlc to today together toilet told tolerance tomahawk tomahto tomato tommorow
tomorrow ton tone tongue tonight tons too took tool toonie tooth toothless top topic tops torch
tories torment torn tornado torny torture tortured total totality totally touch touched touching
tough toughest tour toured tournament toward towards towed town towns toxic toy toys tracer track
tracked tracks traction trade traded trading tradition trae traffic tragedy tragic trailer train
training trains trainwreck trait trans transfer transgender transition translation trash trashy
trauma treason treat treated treatment treatments treats tree trees trenches trend trendy trial
tribe tribes tribute trick tricking tricks tricky tried tries triggered trillion trilogy trip trips
trivial troll trolley trolling trolls trooper tropical trouble trougth truck true truest truly trump
trumps trunk trust trusted trusting truth truthful truths try trying tshirt tub tube tubes tumblr
tummy tumor tunnel tuque turd turdy turkey turkmen turn turned turning turnover turns turtle tv
twang tweet tweeted tweeter twenties twenty twice twine twink twist twitch twitter two type types
typical typically typing typo tyre u ugh ugliest ugly uh uk ultimate ump un unable unacceptable
unanswered unattractive unbearable unbelievable unblockable unborn uncomfortably uncontested
uncultured undefined undemocratic under underage underappreciated undergraduate underground
underperform underrated understand understanding understands understatement understood underwear
undocumented undoubtedly unemotional unemployed unemployment unexpected unfair unfairness unfamiliar
unfaulted unforbidden unfortunate unfortunately unfruitful unfun unfunny ungrateful unhappy
unhealthly unhear unhinged unil unimaginably unintended union unique uniquely unironically unite
united unites universal universe unknown unless unlike unlikely unlimited unlocked unlucky unmasking
unmotivated unnaturally unnecessarily unnecessary unpaid unpleasant unpopular unpossible
unprofessional unreachable unreal unrealistic unreasonable unregulated unrelated unrelenting unrest
unscathed unsolicited unsound unsubstantiated unsure untalented until unusual unwelcome unwreck up
update updated updates upgraded upkeep uploads upon ups upset upside upvote upvotes upward ur urban
urge url us use used useful useless user username uses ushering using usual usually utilised utopian
utter uttering utterly va vacation vaccinations vaccine vaccines vagina vagoo vague vaguely valid
validates validation valiums value values vanguard vanilla vanished vapor variations variety various
varsity vary vase vastly vax ve veegunz vegan vegans vegetable vegetarian veggies vehicle vehicles
veiled vengeance ventures venturing venue verbal verbally verifying versa version versions versus
very vest veterans vey via vibe vibes vice victim victims vid vide video videogame videos videotape
vids view viewpoints vigilante village villain vine vintage vinyl violate violated violating
violation violations violators violence violent violently viral virgeens virgin virginity virtue
virtuous virus visa visible vision visit visiting visits vitality vocally vodka voice void volume
volvo vomiting voodoo vote voted votes voting vro vs vulnerability vuri w waaaaaaaaves waaaaaaaay
wade waffles wage waist wait waiting waitstaff waiver wake wakes waking walk walked walking wall
wallet wallets walls wan wanna wannabe want wanted wanting wants war wardrobe wards warhammer warm
warmer warming warmly warms warning warrior was wasabi wasn wasnt waste wasted wasting wat watch
watched watching water watering watermark wax way ways wayyy wayyyyy we weak weakness weaknesses
wealthiest wealthy weapon weaponisable weapons wear wearing wears weasels weather weaving website
websites wedding wee weebs weed weeds week weekend weekly weeks wehrmacht weight weights weird
weirder weirdest weirdly weirdo weirdos welcome welfare well went wentz were weren west wet weve
whale what whatever whatnot whats wheel wheels when whenever where whether which while whilst
whining whinny whiny whip whipped whips whiskey whistle whistles white who whole wholesome whom
whomever whoopin whore whose why wiaitin wide widow wife wig wikilacks wild will willing willingly
win wind window wine wing winger winner winning winrate wins winter winters wipe wiper wiping wire
wireless wisdom wise wish wishes wishing wishlist witch with withdrawal withought without witness
witted witty wo woah woke wolf wolves woman women won wonder wondered wonderful wonderfully
wondering wont wooden woods woooosh wooooshed wooosh woosh word wording words wore work worked
workers working workmate workplace works world worlds worldwide worn worried worries worry worrying
worse worship worst worth worthless worthy wot would woulda wouldn wouldnt wouldve wound wounded wow
wqs wrap wrath wreck wrecked write writer writing written wrong wrote wrt wtf wtffffff wumpscut wwe
x xb xir xmas y ya yaaaa yaaassss yak yank yay yayeeeee yea yeah year years yeh yell yelling yellow
yells yep yer yes yesterday yet yikes yo yogurt yolk york you young younger younglings youngsters
your youre yours yourself yous youth youtube youtubes youu yrs yuck yummy z zach zc zer zero zip
ziploc zone zoomed zoos
`;
