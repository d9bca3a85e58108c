/**
 * Lower-case words seen in the GoEmotions dev and train splits (Demszky et al., 2020; Google
 * Research, Apache-2.0), derived by deriveVocabulary.ts. 10520 words; no text is kept.
 */
export const CORPUS_VOCABULARY = `
a aaaagh aaand aasim abandon abandoned abbey abhorrent abilities ability able abnormal abo
abomination abort abortion abortions about above abroad absence absent absolute absolutely absolutes
absorbed absurd absurdity absurdly abuse abused abusers abusing abusive abysmal ac academia academy
accelerated accent accents accept acceptable acceptance accepted accepting accepts access accessed
accident accidental accidentally accidently accidents accompanying accomplish accomplished
accomplishment accomplishments according account accountability accountable accountant accounts
accuracy accurate accurately accusation accusations accuse accused accuses acdc ace ache achieve
achieved acid acknowledge acknowledging acne acopia acquired acquisition across acrostic act acted
acting action actions activated active actively activist activists activities activity actor actors
actress acts actual actually acute ad adapter add added adderall addict addicted addiction addictive
addidas adding addition additional addons address addressed addresses addressing adds adhd adhere
adjacent adjusted administration admins admirable admire admiring admission admit admitted
admittedly admitting ado adopt adopted adopting adoption adoptions adorable adore adores adrenaline
ads adult adults advance advanced advancements advancing advantage advantageous adventure advert
advertise advertised advertisement advertisements advertising advice advices advise advised advisor
advisors advisory advocates advocating aesthetic af afaik afar affair affect affected affecting
affection affective affects affiliated affirm affirmation afford affordability afloat afraid after
afternoon afterwards again against age aged ageism agencies agency agenda agent agents ages
aggression aggressive aggressively ago agony agoraphobic agree agreed agreeing agreement agrees ah
aha ahah ahahhahahaha ahead ahh ahhh ahhhhh aids aight aim aimed aiming ain aint aints air aircraft
aired airliner airpods airport alarm alarms alas album albums alcohol alcoholic alcoholics
alcoholism algorithm alien aliens align aligned aligning alike alive all allegations allegedly
allegory allergic allergy alley alliance alligator allow allowed allowing allows allright alluded
ally almost alone along aloof alot alpha already alright also alt altercation alternate alternative
alternatives although altogether alts alumni alums always am amateur amaze amazed amazes amazing
amazingly ambiance ambiguous ambitious ambivalent ambulance amd amend amendment america american
amidst amirite ammo among amongst amount amounts amphetamine ample amputated amputating amused
amusing amygdala an anal analogy analysed analysis analyst anarchism anarchist anarchy anaw ancap
ancient and anecdote anesthesia aneury angelic angels anger angle angles angrily angry animal
animalistic animals animated animation animations anime ankle ankles announce announced announcement
announcer announcers announces annoy annoyance annoyed annoying annoyingly annoys annulment anointed
anonymous anonymously another answer answered answering answers ant anthem anthropomorphize anti
antibiotics anticheat anticipated antidepressant antidepressants antinatalist antique antisemitism
antisocial antivaxers antivaxxers anxiety anxious any anybody anyhow anymore anyone anyones anything
anytime anyway anyways anywhere aoe apart apartheid apartment apartments apathy apocalypse apologies
apologise apologised apologist apologize apologizing apology app appalled appalling apparent
apparently appeal appealing appeals appear appearance appearances appeared appears appendicitis
appendix appetizing applaud applause apples applicants application applications applied applies
apply applying appointed appointment appreciate appreciated appreciates appreciation apprehend
apprentices approach approaches approaching appropriate appropriately appropriation approval approve
approved apps apron aprox apt ar arabia arbitrarily arbitration arc architecture arduous are area
areas aren arena arent arguably argue argued arguing argument arguments arm armchair armed armor
armored armors arms around arrangement arrest arrested arrive arrived arrogant arrows arse arsed art
artery arthritis article articles articulate artificially artist artistic artists arts artwork as
asap ascribe asd asexual asexually asf ashamed ashes aside asigned asinine ask asked asking asks
asleep aspect aspects aspies ass assassin assassination assault assaulted assed assembly assert
asserting asses assessments assets asshat asshats asshole assholes assigned assignments assist
assistant assists associate associated assume assumed assumes assuming assumption assumptions
assured ast asteroid astound astounding astroturfed astute aswell asylum at ate atheist atheists
athlete atleast atm atmosphere atrocious attached attachment attack attacked attacker attacking
attacks attainability attempt attempted attempting attempts attend attendance attendant attending
attention attitude attorney attract attracted attraction attractive audible audibly audience audio
audiobook audrey auld aunt austin authentic authenticity author authoritarian authoritarianism
authority authors autism autist autistic auto automatic automatically automation automoderator
autonomous autonomy available avatar average averse avocado avoid avoidant avoided avoiding
avulsions aw awake award aware awareness away awe awesome awful awfully awhile awkward awkwardness
aww axe axis azz b babbling babe babey babies baby babysitter back backbone backcourt backed
backfired background backing backlash backpack backpain backpedal backpfeifengesicht backs backstop
backstories backstory backup backwards bacon bacteria bad badass badge badly baffles baffling bag
bags bailed bait bake baked baking balaclava balance balanced balcony bald bale balk ball baller
balloon balloons ballparks balls bamboozled ban banana bananas band bands bang banged bangin banging
bangs bank banking bankrupt banks banned banner banning banns bans banter bar barbecues barbers bare
barely bargain barge bark barn barnacles barons barrel barren barret barricades barriers bars
barstool bartender base baseball based baseless baseline basement bases bash bashed bashing basic
basically basics basing basis basket basketball bastard bastards bastion bat batch batches bath
bathed bathroom bathrooms bathswithdoors bating bats battery battle battles battling bb bc bch bcus
be beacon beam beans bear beard bearing bears beast beastly beat beaten beating beats beautiful
beautifully beautify beauty becalmed became because become becomes becoming becomming becouse bed
bedroom beds bedtime beeen beef been beer beers bees beetlejuicing before beforecoke beforehand beg
began beggar beggars begged begging begin beginning beginnings begins behalf behave behaved behavior
behaviors behaviour behind behold beige being beings bejebuzz beleive belief beliefs believable
believe believed believer believes believing belligerent belly belong belongs beloved below belt
bench beneficial benefit benefits benefitting bent benzo benzos berkeley bery besides best bestbuy
bestof bet beta betray betrayal betrayed betraying betta bette better betting between beverages
bexey beyond bf bi bias biased biases biblical bicycles bid bien big bigger biggest biggy bigot
bigoted bigotry bigots bike biker bill billion billionaire billionaires billions billon bills bin
binaries binding binge binged bingo bins bio biological biology biomedicine bipod bipolar bird birds
birtday birth birthday birthdays biscuit bisexual bissexual bit bitch bitches bitching bitcholer
bite bites bits bitter bittersweet bizarre bj black blackballed blade blades blah blam blame blamed
blaming bland blank blanket blasphemy blast blasting blatant blatantly blazer bleach bleed bleeding
blending bless blessed blessing blew blind blindly bliss bloated block blocked blocker blocking
blocks blog bloke blonde blood bloody bloomer blow blowing blown blowout blows blue bluff blunder
blunders blunt blur blurred blurry bo board boat boats bodies body boggling boi boiii boil boiled
boiling bois bold bomb bombs bonding bone boner bones bonkers bonus boo boob boobs book books
bookshelves boomers boon boop boost boosted boot booth boots booty booze bop border borderline
borders bore bored boredom boring born borrow boss bot botched both bother bothered bothering
bothers bots bottle bottles bottom bought boulange bounce bounced bouncing bound boundaries boundary
bourbon bout bouts bow bowl box boxer boxes boxing boy boycott boyfriend boyo boys bozo bp br bra
bracelets braces brag bragging brah brain brained brains brainwash brainwashed brainwashing
brakelights branch branches brand brands brat brave brawl brawls brazen bread break breakdown
breakdowns breaker breakfast breaking breaks breakthrough breakthroughs breakup breast breasts
breath breathe breathing breed breeding breeze brew bribe brick bricks bridge brief briefcase brig
brigade brigaded brigading brigantine bright brilliant bring bringing brings brink brinks bro broad
broadcast broadcasting broccoli brogue broke broken bromance broner bronze bros broth brotha brother
brothers brought brown brownie brownies brows browsing bruh brush brushes brushing brutal brutality
brutally bs bsv btc btw bubba bubble bucket bucks bud buddies buddy budget buds buff buffed buffer
buffoon bug bugged bugging bugs build builder building buildings built bulge bulk bullet bullets
bullied bullies bullshit bully bullying bum bummed bummer bump bumper bums bunch bunches bunk bunker
bunny buns burden burdens burger burgers burglar burial buried burka burn burned burner burning
burnt burrito burst bursts burying bus business businesses bust busted busy but butcher butnthats
butt butter butterflies butterfly button buttons butts buy buying buys buzz buzzfeed by bye
bystanders c ca cabeza cable cackled cae caffeine cage caitoz cake calamity calcify calculate
calendar caliber california call called calledyourbluff calling calls calm calmest calorie calories
cals cam came cameo camera cameraman cameras camo camp campaign campfire camping camps campus
campuses can cancel canceled cancelled cancelling cancer cancerous candidate candidates candies
candle candy cane cannabis cannibal cannot canny canon canopy cans cant canucks cap capable capacity
capita capitalise capitalised capitalism capitalist capitalists caps capt captain caption capture
captured capturing car carb carbon carcass card cardboard cardiac cardio cards care cared career
careful carefully cares cargo caring carnist carnival carpet carpools carried carrier carries carrot
carry carrying carryover cars cart cartoon case cases cash cashed cashews cashier casino casinos
cast casting castle casual casually casuals cat catastrophic catch catches catching catchy catdog
categories category cater catered cathartic cats cattle caught causal cause caused causes causing
cautious cave caveats cay cc ceases cee ceiling celebrate celebrating celebration celebrity cell
cells cemetery censor censored censoring cent centaur center centered centers centralized centrally
centred centrism centrist centrists cents centuries century cereal cerebral certain certainly
certainty chain chains chainsaw chair chairs chalk challenge challenging chamber champ champagne
championship champs chan chance chances change changed changer changes changing channel channels
chant chanting chants chaos chaotic chapels chapter chapters character characteristic characters
charge charged charges charitable charity charlatan charm charming charred chart charts chase chaser
chasing chat chatacter cheap cheaper cheapest cheat cheated cheater cheaters cheating cheats check
checked checkers checking checkmate checks cheek cheeks cheeky cheer cheered cheering cheerleading
cheers cheese cheeseburger cheesecake cheesy chef chefs chemical chemicals chemistry chemo
chemotherapy cheques chess chest chests chi chicago chicagobulls chick chicken chickens chicks chief
child childcare childfree childhood childhoods childish children childrens chili chill chilli
chilling chills chin chip chips chlorophenol chocolate choice choices choir choke choked choose
chooses choosing choosy chose chosen chronic chubby chucking chuckle chuckled chunk church churlish
cigar cigarette cigarettes cigerette cinema cinemas cinematic circa circle circlejerk circles
circulation circumstance circumstances circus cis cities citizen citizens citizenship city civil
civilians civilization ck claim claimed claiming claims clap clapped clapping clarification
clarified clarify clarifying clarity clasp class classes classic classified classifying classmates
classroom classy claw cle clean cleaner cleaning clear cleared clearer clearest clearing clearly
cleaver clever clich cliche click clickbait clicked clicking clicks client clients cliff climate
climb climbing clinging clingy clinic clink clip clipboard clips clock clone clones close closed
closeer closely closer closest closet closing closure cloth clothes clothing cloud clouds clown
clowns club clubhouse clubs clue clueless clumsiest clumsy clunky clutch clutching co coach coaches
coaching coal coalitions coast coat coating cocaine cockroaches cocktail cocky coco coconut cod code
codependant coder codes coding coffee coffers coffin cognition cognitive coherent cohort coil coin
coincidence coincidental coindesk coins coke coked cola cold colder collab collapse collapsed
collapsing collect collected collection college collusion cologne colonialism colonies colonizes
colony color colored coloring colors colour colourpop coma comb combat combination combine combined
combo combos combs come comeback comedians comedic comedy comedyheaven comely comes comfort
comfortable comforted comforting comfy comic comical comics comin coming comings command comment
commentary commentating commentator commented commenter commenting commentor comments commercial
commercials commie commies commission commit commited commiting commitment committed committee
committing commodities common commonly communicate communicates communication communications
communism communist communists communities community commute comp companies company comparable
compare compared comparing comparison comparisons compass compassion compatibility compelling
compensation compete competent competing competition competitive competitors compilations complain
complaining complains complaint complaints complete completed completely complex complexity
compliance complicated complicates complications compliment complimentary compliments compounded
comprehend comprehension comprehensive compromise compromised computer computers comrade comrades
con concede concentration concept concepts concern concerned concerning concerns concert concise
conclusion conclusions concrete concreted concur concussion condemned condescending condition
conditioned conditioning conditions condo condolences condom condoms condoning conduct cone
conference confessing confession confidence confident confined confirm confirmation confirmed
confirming confirms conflating conflict conform confront confrontation confuse confused confuses
confusing confusion conglomerates congrats congratulate congratulations congresswoman conjure
connect connected connecting connection connections connoisseur conquer cons conscious consensual
consensus consent consenting consequences conservatism conservative conservatives consider
consideration considered considering considers consistency consistent consistently console consoles
conspiracy constant constantly constitute constitutional constraining construct construction
constructive consult consume consumed consuming consumption contact contacting contacts contagious
contain container containing contains contemplated contempt contenders contending content contest
context continent continually continue continued continues continuing continuous continuously
contraception contract contractors contracts contradict contradicted contradictory contradicts
contrary contrast contribute contributed contributing contribution contributor control controllable
controlled controller controllers controlling controls controversial convenience convenient
conveniently conversation conversations conversion convert converted converting converts convey
convicted convince convinced convo coo cooked cookie cookies cooking cooks cool cooler coolest coop
coordinate coordination coordinator cop cope copies coping copped copperbox cops copy copyright cord
core corn corner corners corporate corporation corporations correct corrected correcting correction
corrective correctly corrects correlate correlation corrupt corrupted corruption cos cosplay cost
costs costume cottage cotton couch cough could couldn couldnt council counseling counselor count
counter counterargument counties counting countless countries country counts coup couple couples
coupon courage courageous course court courtesy courtroom courts cousin cousins cover coverage
covered covers cow coward cowards cowboy coworker coworkers cows coyote coyotes cr crab crack
cracked cracking cracks craft crafted cramps cranberry cranky crap crappy crash crashed crashing
crass crave craving crawl crayons crazed craziest crazy cream create created creates creating
creation creative creativity creator creature creatures credentials credibility credible credit
credited creek creep creeped creeper creepiest creepily creeps creepy creme crew cricket cried cries
crime crimes criminal criminals cringe cringed cringeworthy cringey cringy crippling crisis crisp
crispy crit criteria critical criticised criticism criticisms criticize criticized criticizing
critique critiques critter crochet crooked crop cropped crops cross crossed crosses crossing
crossover crotch crouch crow crowd crowded crown crucified cruel cruelty cruise cruising crunch
crush crushed crushes crushing crust crusts cry crybabies crybaby cryin crying crypto cryptocurrency
cube cubes cuck cucked cuckolding cuddle cuddled cuddles cuddling cuisine culprits cult cultivate
cultural culturally culture cultures cummies cunt cunts cup cupboard cupcake cups curb cure cured
curing curiosity curious curly current currently curse cursed cursive curve cusses custody custom
customary customer customers customization cut cute cuteness cuter cutest cutie cuts cutter cutting
cuz cyberpunk cyborg cycle cycles cycling cynical cynicism d da daaaaaamn dabs dad daddy dads daily
dairy damage damaged damages damaging dammed dammit damn damnable damned damning damnit damper dance
dances dancing dang danganronpa danger dangerous dangerously dank dapper dare dared dark darker
darkness darling darn dart das dash dat data database date dateable dated dates dating daughter
daughters dawg day daycare days daytime dc de dead deadline deadly deaf deal dealer dealers dealing
deals dealt dear death deathcries deaths debacal debacle debatable debate debating debit debt debts
debut decade decades decaf decapitated deceased decent decently decentralized deceptive decide
decided decides deciding deciduous decision decisions deck decks declare declares decline declined
decrease decreed ded dedicated dedication deduction dee deemed deep deeper deeply deer def default
defeat defeated defence defend defended defender defenders defending defense defensive defensively
deference definately definatley define definently definetly defining definitely definition definitly
deflated deflect deflecting deflects deforestation deft defy defying degenerate degrades degree
degrees dehydration deity delay delayed delaying delete deleted deleting deliberate deliberately
delicious delight delighted delightful delis deliver delivered delivers delivery deluded delusion
delusional dem demand demanding demands demean dementia demo democracy democrat democratic democrats
demographic demon demonize demons demonstrate demonstrated demonstration demoted dems denial denied
denomination dense density dental dentist deny denying deodorant department departments depend
dependent depending depends deportes deposit deprecating depressed depressing depressingly
depression depth deranged derived derogatory describe described describes describing description
desert deserve deserved deserves deserving desi design designed designer designers designs desirable
desire desires desk desktop desperate desperately desperation despicable despise despises despite
dessert destination destroy destroyed destroying destroys destruction detach detail detailed details
detained detected detector determination determine determined determines detracts deuce devastated
devastating develop developed developer developers developing development developments develops
device devil devoid devout devs dia diabetes diabetic diagnose diagnosed diagnoses diagnosis dial
dialogue diamond diarrhea diazepam dibs dicked dictate dictator dictatorship dictatorships
dictionary did diddle didn didnt die died dies diet difference differences different differently
difficult difficulties diffuse diffusing dig digestive digging digital digits dignity dildos dilemma
dim ding dinner dinners dinosaur dinosaurs dip dipping dippy dipshit dire direct directed directing
direction directions directly director dirt dirty dis disability disable disabled disadvantage
disadvantaged disadvantages disagree disagreed disagreeing disagreement disagrees disapointed
disappear disappearing disappoint disappointed disappointing disappointment disappointments
disappoints disaster disbelief discard discipline disco discomfort disconnect discord discount
discourage discourse discover discovered discovering discovery discriminated discriminating
discrimination discuss discussed discussing discussion discussions disdain disease diseases disgrace
disgust disgusted disgusting dish disheartening dishes dishonest dishonesty disingenuous dislexia
dislike disliked dislikes dislocation dislodged dismiss disordely disorder disownment dispair
dispensary dispointed disposable dispossessed dispute disputing disregard disrespect disrespected
disrespectful disrespectul disrupted disrupting disruptive diss dissertation dissonance
dissosiatives distance distant distaste distinction distinguish distinguishing distorted distract
distracted distraction distress distressed distribution district districts disturbed disturbing
ditch ditching dive diverse diversity divided divides division divisive divorce divorced dizzy dlc
dm dmg dna do doc docket docs doctor doctors document documentaries documentary documented
documenting documents dodge dodgeball dodged dodges dodging dodgy does doese doesn doesnt dog doggie
doggle doggo doggos dogs doing doink doll dollar dollars dolphins domestic dominance dominant
dominate dominated domination don donate donating donation donations done dont donut doo dood
doodles doomed doomfist door doordash doors doorways dopamine dope doritos dork dorks dose doses dot
dots double doubled doubles doubly doubt doubtful doubting doubts douche douchebag douchy down
downed downgraded downhill download downright downs downside downtown downvote downvoted downvotes
downvoting doxxing dozen dozens draft drafted drafters drafting drag dragged dragging dragon dragons
drain draining drama dramatic drank drastically draw drawer drawing dread dreaded dreadful dream
dreamboat dreaming dreams drenched dress dressed dresses dressing drew dried drilled drink drinking
drinks drive driven driver drivers drives driveway driving drone drones drool drop dropped dropping
drops drove drown drug drugs drum drunk drunkenly dry drying dua dub duck ducking ducks dude dudes
due duel dues duh dull dumb dumbass dumbasses dumber dumbest dumbmotherfucker dummies dump dumped
dumping dumpster dun dunce dunk dunked dunking dunno duo duplicate during durr dust dusty duties
duty dva dvd dwell dxm dye dyed dying dynamic dynamics dysfunction dysmorphia dysphoria e each
eachother eager ear earlier earliest early earn earned earning ears earth earthquakes easier easily
easy eat eaten eaters eating eats ebay echo econ economic economical economics economy ecosystem
ecstatic ed edge edged edges edgy edit edited editing edition edits educate educated educating
education ee effect effective effectively effects efficient efficiently effing effort effortless
efforts egg eggs eggshells ego egotistical egregious eh ei eight either elaborate elder elderly
elders elect elected election elections electoral electric electrical electronic electronics element
elementary elements elevator elevators elf eligibility eliminate eliminated elimination elite elites
elitist elo elopement eloquently else elses elsewhere elves em email emailed emails emasculate
embalmed embarassed embarassing embarrassed embarrassing embarrassment embedding embrace embracing
emergencies emergency emerges emoji emojis emotion emotional emotionally emotionless emotions
empathetic empathize empathy emperor emphasize empirical employed employee employees employers
employment empowered empty enablers enabling enact enby enclosure encounter encountered encounters
encourage encouraged encouragement encouraging end endangered endearing endearment endeavors ended
ending endings endless endorse endorsement ends endure enemies enemy energy enfolding enforce
enforced enforcement enforces enforcing engage engaged engagement engine engineer engineering
english enjoy enjoyable enjoyed enjoyhis enjoying enjoyment enjoys enlarger enlighten enlightening
enmey enormous enough enslave ensure entails enter entered entertained entertaining entertainment
enthralled enthusiasm enthusiasts entire entirely entirety entities entitled entitlement entity
entries entropy entry environment envy envyness ep epic epilogue episode episodes epistemology
epitome epsilon equal equality equalizer equally equate equipment equity equivalent er era erased
erect erection errands error errors errrrrrrrrr es escalate escalated escalation escape escaping
escort especially esports essay essays essential essentially established establishment estate esteem
estimate estrogen etc eternal eternity ethical ethically ethics ethnic ethnically ethnicity
euphemism euro euros evangelical evaporate even evening evenings evens event events eventually ever
every everybody everyday everyone everyones everything everytime everywhere evidence evident
evidently evil eviscerated evolution evolutionary evolve evolved ex exact exactly exaggerating
exaggeration exam example examples exasperated exasperatedly excellent except excepted exception
excerpt excess excessive exchange excited excitement exciting excluding exclusive exclusively
exclusivity excuse excused excuses executed execution exempt exercise exercises exert exes exhale
exhausted exhausting exhibit exhibited exist existed existence existent existentialist existing
exists exit exmormon exorcist exotic exp expand expansion expect expectation expectations expected
expecting expects expedient expelled expense expenses expensive experience experienced experiences
experiencing experiment experimental expert experts expired expiring explain explained explaining
explains explanation explanations explicitly explode exploded exploding exploit exploitative
exploited exploiting explore explosion explosive expose exposed exposes exposing exposure express
expressing expression expressions expunged exquisite extend extended extension extent external
extinct extra extraordinary extrapolate extreme extremely extremist extremities eye eyeball eyebrow
eyebrows eyed eyes eyeshadow eyesight ez f fab fabricated fabuloso fabulous face facebook faced
facepalm faceplant faces facetious facial facility facing facsimile fact factions factor factors
factory facts factual fade fail failed failing fails failure faint fair fairfight fairly fairness
fairs fairy faith faithful fake faked faker faking falcons fall fallacies fallacious fallacy fallen
falling falls false fam famales fame familiar families family famous fan fanatics fanbase fanbases
fanboys fancied fancy fandom fanfiction fangirls fans fanspeak fantasies fantasizing fantastic
fantasy fapping far fare fares fargat farm farmers farming farms fart farther farting farts
fascinated fascinating fascism fascist fascists fash fashion fashionable fashioned fast faster
fastest fasting fat fatal fate father fathers fathom fattest fatty fatuous fault faults fauna fav
fave favor favorite favorites favour favourite favourites favs fawn faxxx fb fcking fcuk fear feared
fears feasible feature features fed federal fedora fee feed feedback feeding feeds feel feeling
feelings feels fees feet feint felicity fell fella fellow fellowkids felony felt female feminine
feminism feminist feminists fence fend fentanyl fest festival fetish fetus fetuses fever few fewer
ffs fi fianc fiance fibre fiction fictional fiddle field fiend fifth fight fighter fighters fighting
fights figure figured figures file filed fill filled filler fillers filling film filmed filming
films filter filtered filters filth filthy final finale finalized finally finals finance financial
financially find finding finds fine finest finger fingering fingers finish finished finishes
finishing finite fire firearms fired fires fireworks firing firm firmly firms first fiscal fish
fishing fist fit fits fitting five fix fixed fixing fkin fkn flaccid flag flagging flagrant flags
flair flairs flame flamed flaming flash flashbacks flashing flat flavor flavors flavour flavours
flaws fled flees fleeting flesh fleshy flew flex flick flies flight flights flinched flip flipped
flippening flipping flips flirting float floating flogging flood flooding floor flop floss flossing
flounder flow flower flowers flowing flu fluffy fluid flunk flushing fly flyer flying focus focused
focusing fofty fog fold folding foles folk folks follow followed followers following follows fond
food foodies foods fool fooled fools foot footage football for forbid forbidden force forced forces
forcing forehead foreign foremost forensic foreplay foresight foreskin forest forever forgave forget
forgetful forgettable forgetting forgive forgiveness forgiving forgot forgotten fork forks form
formal format formed former forms formula formulas forth fortnight fortune forty forum forums
forward forwards fought foul fouled fouls found foundation four fourth fox fp fps fracture fragile
frame framed franchise frankly frat fraud frauded fraudulent freak freaked freakin freaking freaks
freaky free freedom freeing freely freemason freeze freezing frenemy frenzy frequent frequently
fresh freshener freshman frick frickin fricking fridge fried friend friendly friends friendship
friendships fries friggin frightening frighteningly frog from front frontrunner frostbite frosty
froze frozen frugal fruit frum frustrated frustrating frustration fry ft ftw fucers fuck fuckboi
fucked fucken fuckin fucking fuckton fuel fuk fuking full fullness fully fumbles fuming fun function
functional functions fund fundamental fundamentally funded funding fundraiser funds funeral funk
funnel funnier funniest funny fur furious furloughed furniture furries furry further fuss future
fuxked fuzz fyi g gad gag gahhh gain gained gaining gains gal gallon game gamegrumps gameplay gamer
gamers games gaming gang gangs gap gaps garage garbage garden garlic gas gaslight gaslighting gasp
gastown gate gatekeeping gathering gatling gato gauge gave gawd gay gays gb gee geez gel gem gems
gen gender gendered genders gene general generalization generalizations generally generate
generation generations generic generous genetic genitals genius geniuses genocide genre gentle
gentlemen gently genuine genuinely gesture get gets getting getup gf gg ghost ghosted ghosting
ghosts ghoul giant giants giblets gibson gif gifs gift gifted gifts gig giggle giggly gilded
gillette gimme gimmicky gimp girl girlfriend girlfriends girls girly git give giveaway given giver
gives giving gl glad gladiator gladly glance glass glasses glint glitch glitchy glo global globalism
globe glorious glory glove gloves glow glowing glue gluten go goal goalie goalpost goals goaltender
goat gobble goblin god goddamn goddess godlike godly gods goes goin going goings gold golden
goldmine golf gone gonna gooble good goodbye goodest goodies goodness goodnesssake goodnight goods
goofed goofy google googled googling gore gorgeous gorilla gosh gossip got gotcha goth gotta gotten
gourmet gov govern government governments govt gown grab grabbed grad grade grader grades graduate
graduated grain grammar grams grand grandchildren grandfather grandma grandmas grandmother grandpa
grandparents grandson granite grant granted grape graphic graphics grappling grasp grass grateful
gratification grats grave gravy gray grease greasy great greater greatest greatly greed greedy green
grew grey grief grim grin grind grinding grip gritty groceries grocery groin groomed groove gross
grossed grossly ground grounded groundhog grounds group groups grow growing grown grows growth gtfo
guage guarantee guaranteed guard guards gud gudder guess guessed guessing guest guests guidance
guide guidelines guildmates guilt guiltied guilty guitar gullet gullible gum gummy gun gunna guns
gurl guru gut guts gutted guy guys gym gymnastics gyms gyno h habit habitat habits hack hacked
hackjob hacks had hadn hah haha hahah hahaha hahahah hahahaha hair haircut haircuts hairdoodoo
haired hairs halal half halftime halfway hallucinations halo halt ham hammer hamster hand handed
handful handicapped handily handle handled handles handling hands handsaw handshake handsome
handstand handy hang hanging hangover hangs happen happend happened happening happens happier
happiest happily happiness happy harass harassed harassing harassment harboring hard hardcore harder
hardest hardly harem harm harmed harmful harming harmless harms harp harsh harvest has hash hasn
hasnt hassle hasty hat hatch hatchet hate hated hateful haters hates hating hatless hatred hats
haunt haunting have haven havent having hay he head headache headed heading headline headlines
headphones heads headshot heal healer healing heals health healthcare healthier healthy hear heard
hearing hears heart heartbeat heartbreak heartbreaking heartbroken heartburn heartless heartwarming
heat heated heating heaven heavily heavy heck heels hehe heifer height held hell hella hello helmet
help helped helpful helping helpless helps hemisphere hence hep her herb here hero heroes heroic
heroin hers herself hes hesitant hesitate hey hi hiarious hiccups hick hid hidden hide hideous
hiding hierarchs hierarchy high higher highest highkey highlight highlighting highlights highly
highrise highs highschool highway hike hiking hil hilarious hilariously hilarity him himself
hindsight hint hints hip hips hipster hipsters hire hired hiring his historical historically history
hit hitchhike hitman hits hitter hitting hive hm hmm hmmmm hmmmmm hoarding hobbies hobby hobbyist
hockey hodlers hoedown hoes hog hold holder holding holds hole holes holiday holidays hollering
holocaust holy homage home homeboy homeless homes homeschool hometown homework homicide homie
hominem homo homophobe homophobia homophobic homosexual homosexuality honest honestly honesty honey
honor honorable honored honour hoo hoodie hook hooked hooker hooking hookup hooooly hoosband hop
hope hoped hopeful hopefully hopes hoping hopped hopping horizon hormone hormones horn hornets horny
horrendous horrible horribly horrid horrific horrifying horror horrors horse horseback horses
horseshit hose hospital hospitalized hospitals host hostage hostile hosting hot hotel hotels hoteps
hots hotspot hotter hound hour hourly hours house housed household houses housing houston hovering
how however howling hrs hub hubby huevo hug huge hugs huh human humane humanist humanity humans
humble humbly humid humidity humiliated humiliation humility humor humorous humour hump hun hunch
hundred hundreds hung hungasfuck hungriest hungry hunned hunt hunters hunting hurdle hurr hurricane
hurry hurt hurting hurts husband hustle hut hygiene hype hyped hyper hyperawareness hyperbolic
hypersexuality hypes hypocrisy hypocrite hypocrites hypocritical hypothetical hysteria hysterical i
iamatotalpieceofshit iamverybadass ice icebreaker icecream ich icing ick icon iconic icons icy id
idc idea ideal ideas identical identify identifying identity ideologically ideology idiocy idiom
idiot idiotic idiots idk idols ie if ift ig ight ignite ignorance ignorant ignore ignored ignores
ignoring iguanas iirc ik ikr ill illegal illegally illegals illegitimate illiterate illness
illnesses illusion im image images imaginary imagination imagine imagined imagining immature
immediate immediately immense immensely immigrant immigrants immigration imminent immoral immortal
immune immunity immunize imo impact impacts impatient impeached impeachment imperialism imperialist
implement implication implications implicit implied implies imply implying import importance
important importantly impose imposing impossible impregnated impressed impression impressive
imprisoned improve improved improvement improvements improving impulse in inability inaccurate
inadvertently inappropriate inaugural inbred incapable incase incel incels incentive incessant
incest inch inches incident incinerating inciting include included includes including incognito
incoherent income incoming incompatible incompetence incompetent incomplete incomprehensible
inconsiderate inconsistent inconvenient incorrect increase increased increases increasing
increasingly incredible incredibly indeed indefensible indefinitely independence independent
indicate indication indicative indicator indicted indictment indie indigenous indignation individual
individuality individuals indoctrinated indoor induced indulge industrial industry ineffective inept
inequality inevitable inevitably inexcusable infant infantry infants infect infected infection
inferior infested infield infinite infinitely inflated influence influential info inform information
informative informed infrastructure infuriating ing ingenuity ingredients inherent inherently
inhouse inhumane initial initially initials initiate initiative inject injections injects injured
injuries injury inner innings innocence innocent innocently innocuous innovative input ins insane
insanely insanity insecure insecurities insecurity insensitive insert inserts inside insider insight
insightful insignificant insinuate insist insisted insists inspected inspiration inspirational
inspire inspired inspiring insta instagram installed installing instant instantly instasaw instead
instilled instinct instincts institution institutions instructions instructive insufferable
insufficient insulin insult insulted insulting insults insurance integer integrated integrity intel
intellectual intellectually intelligence intelligent intend intended intense intensifies intensity
intensive intent intention intentional intentionally intentions intents interact interacted
interaction intercession interedtinh interest interested interesting interests interfere
interference intermission intermittent internal internally international internationally internet
internships interpretation interracial interrupt interrupted intersect intersection intersex
intervene intervention interventionist interview interviewed interviews intestines intimacy intimate
intimidate intimidating into intolerance intolerant intrigued intriguing intro introduce introduced
introducing introduction introvert intuitive invaded invalid invalidate invasion invasive invent
inventory invest invested investigate investigation investigations investment investments invisible
invite invited involve involved involves involving iphone irate irl iron ironic ironically irons
irony irrational irrationally irrelevant irresponsible irritated irritates irritating is ish island
isms isn isnt isolated issue issued issues it itching item items iteration itinerary itll its itself
ive j jab jack jackals jackass jacket jackpot jaded jail jailed jam jammed jamming janitor japanese
jar jave jaw jazz jealous jealousy jeans jeez jello jelly jerk jerked jerking jerks jersey jerseys
jest jewelry jihadists jk job jobs jockstraps join joined joining joint joints joke joker jokes
joking jokingly journal journalism journalist journalistic journalists journey jousting joy joys jpg
jubilation judas judge judged judgement judgemental judgements judges judging judgment juice juices
juicy jujitsu july jump jumped jumper jumping jumps junior junk junkies jury jush just justice
justification justified justify justnomil juul juuls jv k kael kangaroo karma karmahungry kashoggi
kayo kb keen keep keeper keeping keeps keg kel kentrosaurus kept ketaconazole ketchup keto kettle
kettles key keyboard keys khakis kick kicked kicker kickers kicking kicks kid kidding kiddo
kidnapped kidnapping kidney kids kill killed killee killer killers killing kills kind kinda
kindergarten kindly kindness kinds king kingdom kings kink kinky kiss kissed kisses kissing kit
kitche kittens kitty kiwi klonopin knee kneecap kneejerk knees knew knife knifed knob knobs knock
knocked knocking knocks know knowing knowingly knowledge known knows knuckle krav kudos l la lab
label labeled labeling labelled labels labor labs lack lacking lackluster lacks lactose lad ladder
ladies lads lady laggy laid lame lamp land landed landing landlord lands lane lanes language
languages lantern lap laptop lardons large largely larger largest lasagna laser lashes lashing
lassie last lasted lasting lasts late lately later latest latkes latter laugh laughable laughed
laughing laughs laughter launch launched laundry law lawd lawn laws lawsuit lawyer lawyers laxative
lay layers laying layup laziness lazy lb lbs lead leader leaders leadership leading leads leaf
league leagues leak leaked leaking leaks lean leaning leanings leans leap learn learned learners
learning learns learnt lease leash leashed leashes least leather leave leaves leaving lecture led
ledge leech leeches left lefties leftist leftists lefty leg legacy legal legaladvice legalize
legalized legally legend legendary legends leggings legislation legit legitimate legitimately legs
lemme lemon lend length leo leprosy les less lesson lessons lest let lethbridge lets letter letters
letting level levels levers levitate liability liable liar liars lib liberal liberalism liberals
liberate libertarian libertarianism libertarians liberty libido library libs lice license licensed
lick licking lid lie lied lies life lifelong lifesaver lifespan lifestyle lifestylist lifetime lift
lifting light lightbulb lighter lighting lightly lightning lights like likeable liked likely likes
likewise liking lil limb limit limitations limited limits limp line lined lineman liner liners lines
lineup lingo lining link linked linking links lion lions lip lipo lips liquor list listed listen
listened listening listens listing lists lit literal literalism literally liters litter littering
little live lived liver lives livin living lizard lizards lk ll lmao lmfao load loaded loads loan
loans loathe lobby lobster lobsters local locals located location lock locked locker lockers locking
locks locomotive log logan logged logic logical logo lol loling loneliness lonely loner long longer
longest longhorn loo look looked lookin looking lookout looks looksmatch looksmaxxing lookz lool
loooot loop loose loosing loot lord lore los lose loser losers loses losing loss losses lost lot
lotion lots lotta lottery lotto loud louder lousy love loved lovely lover lovers loves loving
lovingly low lowballing lower lowest lowkey loyal loyalty lsd lube luck luckily lucky ludicrous
lulled lump lumped lunacy lunatic lunch lung lungs lurking lust lutely luxurious luxury lvl lycra
lying lynch lynching lyric lyrics m machine machines macri macs mad made madinans madlads mafia mag
maga magala magazine mage magic magical magically magnificent magnitudes magnolias mags mah mail
main mainline mainly mains mainstream maintain majestic major majority make maker makers makes
makeup making male males malice malicious malk mall mama mamma man manage managed management manager
managers manages managing mandate mandatory mane maneuver mangina mango mania manipulate manipulated
manipulation manipulative manly manner manners mans mansion manually manufactured many mao map maple
maps march marginal marijuana marinate mark marked market marketing markets markup marriage married
marry marrying marvel mascot masculine masculinity mashup mask mass massage massive massively master
masterful masterpiece masterrace masturbate masturbates masturbating masturbation match matched
matches matching matchmaking matchup matchups mate material maternal mates matey math maths matrix
matter mattered matters mattress mature mavs max maximum may maybe mayhem mayonnaise mb me meal
meals mean meaning meaningful meaningless means meant meantime meanwhile measles measure measures
measuring meat meatloaf meats mechanics mechanism med meddling media medical medication medicine
mediocre meditation medium meds meet meeting meetings meets meetup mega megaphone meh melee
melodramatic melt melted melts member members membership meme memes meming memorable memories
memorise memory men menopause mental mentalists mentality mentally mention mentioned mentioning
mentions menu meow merch merciful mercifully mercy mere merely merge meritocracy mermaid merrily
mess message messages messed messing messy met meta metal metallica metaphor meth method methodist
methods metro metropolitan mg mh mic mics mid middle midnight migas might mighty migraine migraines
migrant migration mii mil mild mildly mile miles military milk milking mill millenials millennials
million millionaire millionaires millions mimicking min mind minded mindless minds mindset mine
mines mini minimal minimum minions minister minor minorities minority mins mint minute minutes
miracle mirror mis misanthropy miscarriages miserable miserably misery misinformation misinformed
misleading misogynistic misogyny misread misremembering misrepresentations misrepresented miss
missed misses missile missing mission missions misspelled misstep misstepped missus mist mistake
mistaken mistakes mistaking mister mists misunderstand misunderstanding misunderstood misuse mix
mixed mixing mixups mk mm mmmm mo moan mob mobile mobility mobs mock mockery mocking mocks mod
modded mode model models moderate moderately moderation moderators modern modes mods mofo mohawk
moisture mold molesting mom moment moments momentum momma mommy moms mon monetary money mongering
monitor monkey monkeys monogamous monologue monopolies monopoly monster monstrosity montage month
months monumentally mood mooing moon moose moot moral morality morally morals morbid morbidity more
moried morning moron moronic morons mortally mortgage mortified mosquito mosquitoes most mostly
mothafucka mother motherfucker motherfucking mothering mothers motion motivate motivated motivation
motivational motor motorcycle motto mountain mountains mourn mourning mouse moustache mouth mouthy
move moved movement movements moves movie movies moving mp mr ms much mud muddy muertos muffler mug
muh multi multicultural multiculturalism multimillionaires multiplayer multiple mum mumble munchkin
munt muppets murder murdered murderedbywords murderer murdering murderous murderstarve muscle
muscles museum music musical musicians must mustache muster mutated mute muted mutual mutually mvp
my myself mysterious mystery myth mythology n nag naggers nagging nah nail nailed nailing nails
naive naivety naked nalis name named names naming nap narc narcissist narcissistic narcissists
narrative narrow nasa nasty nathanforyou nation national nationalists nationals nationalstic nations
native natty natural naturally nature naughty nauseous navigator nazi nba nd near nearby nearly neat
nebulous necessarily necessary necessities necessity neck neckbeard necklace necks necromancer need
needed needing needle needlepoint needles needlessly needs needy negates negative negativity neglect
neglected negotiate negotiations neighbor neighborhood neighbors neighbours neither neo
neoliberalism nephew nepotism nerd nerdy nerf nerfed nerve nerves nervous nervousness ness net
netflixer network neutral neutrality never nevermind new newborn newborns newer newly news newspaper
newspapers nex next nfl ngl nibbas nice niceguys nicely nicer nicest nickname nicknames nicotine
niece nieces night nightmare nightmares nights nihilist nine nipples nmom no nobody noed noise
noises nom nominate nominated nominee non nonbinary none nonetheless nonexistent nono nononoyes
nonsense noo noob noodle noone noose nope noped nor norm normal normally normals normie normies
norms north northern nose nosebleed nostalgia nostril not notarized notch note noted notes
noteworthy nothing notice noticeable noticed notification notifications notion notions notorious
notoriously noun novel now nowadays nowhere np nsfw nuance nubbin nuclear nude nugget nuggets nuke
nukes numb number numbers numerous nurse nurses nursing nut nuthose nutjob nutrient nuts nutso
nutters nvm nyxl o oatmeal obese obesity object objective objectively objects obligated oblivion
oblivious obnoxious obnoxiousness obscene obscure observation obsess obsessed obsession obstruct
obtain obtained obtuse obvious obviously occasion occasional occasionally occasions occur occurred
occurs odd oddly oddlysatifying oddlysatisfying odds of ofc off offence offend offended offenders
offense offensive offer offered offering offers office officer offices official officially officials
offline offs offseason offside offspring often oh ohh oil oils oily ok okay okc ol old older oldest
olds ole oligarch oligarchs omelette omg omission on once one ones ongoing onion onions online only
onto onward oof ooh oohh oooh ooooooocean oops op open opened opener opening openly opens opera
operate operating operation opinion opinions opponent opponents opportunities opportunity oppose
opposed opposing opposite opposites opposition oppress oppressed oppression oppressive opt optics
optimism optimistic option options or orange oranger oranges orbit orchestrated order ordered
ordering orders ordinary org organised organization organizations organize organized organs orgasm
orgs orientation original originally originated orks orochi ot other others otherwise ouch ought
ounce our ours ourselves out outage outcasts outcome outcomes outdated outdoors outer outfit outfits
outgoing outlaw outlet outlets outlier outline outlook outrage outraged outrageous outright outs
outside outsiders outsmart outspoken outstanding outta oven over overachieved overall overcome
overdo overdose overeat overeating overemphasis overestimate overflow overgeneralize overlap
overlords overly overnight overpaid overpriced overrate overrated overreacted overreacting
overreaction overtake overthink overthinking overtime overwatch overweight overwhelmed overwhelming
overworked owe own owned owner owners ownership owning owns owo oxygen oz p paahahaha paced pack
package packages packaging packed packers packet packets packs pad paedophile page pages paid pain
painful painfully pains paint painted painting paintings paints pair pairing pairs pal pale palette
pallet pallets palm palms palsy pamphlet pamphlets pan pancake pancakes panel panic panicked
panicking pant panther panties pants paparazzi paper papers paperwork paragraph paralized parallel
parallels paralyzed paramilitaries paranoia paranoid paraphernalia parent parenting parents
parishioners park parker parking parody parrents parrot parroting part partially participants
participate participating participation particular particularly parties partisan partly partner
partners parts party pass passages passed passenger passes passing passion passionate passionately
passive passively passpart password past pasta paste pastor pastries pat patch patched patches path
pathetic pathway patience patient patients patronizing pattern patterns paul pause paused pausing
pavement paw pawn pawns pay paychecks payer paying payment payments payoff payroll pays paywall pc
pea peace peaceful peach peak peaked peanut pears peasants pedal pedantic pedestrians pedo pedophile
pedophilia pedos pee peed peeing peeking peep peeps peer peers pelican pelts pelvic pen penalty
pencil pending penetration penguin peninsula penis penny pension peon people peoples pepper per
perceived percent percentage perception percisely perfect perfectly perform performance performances
performed performing perhaps period periodically periods perk perm permanent permanently permissible
permission permit perogies perpetrator perpetuate perpetuating perplexing persist person personal
personalfinance personalities personality personally personnel persons perspective perspectives
pervasive pesky pessimistic pet petition pets pettiness petting petty pew phantom pharma
pharmaceutical pharmacy phase phases phelps phenomenal phenomenon phew philosopher philosophies
phoenix phone phoned phones phony photo photography photos photoshop phrase phrased phrasing
physical physically physician physics physique pic pick picked picking pickle pickles pickpocket
picks pickup picky pics picture pictured pictures picturesque picturing pie piece pieces pig pigeons
pigs pikachus pile pill pillow pillows pills pilot pimple pin pinch pineapple pink pinky pins pint
pipe pipeline pirate piss pissed pisses pissing pissy pistol pit pitch pitcher pitchfurks pithy pity
pizza pizzas place placed placeholder placement places placing plague plain plan plane planes planet
planned planning plans plant plants plastic plat plate plates platform platforms platinum platonic
platoon plausible play played player players playful playground playing playlist playlists playoff
playoffs plays playstyle playthrough pleasant pleasantly please pleased pleasing pleasurable
pleasure pleasures pleb plenty plot plotlines pls plug plugs plus plz pm pms pnr pocket pockets
podcast podcasts podium pods poem poems poetry point pointed pointing pointless pointlessly points
poison poisoning poke pokemon poker poking polar pole poles police policies policing policy polio
polish polite political politically politician politicians politics poll polls poly polyamory
polyester pond ponder pong poo pooed poof pool poop poopin poops poor poorest poorly pop popcorn
popoffs popped popping pops popular popularity populated population populism populist pork porn
porno pornography porns port portion portland portrayed pos posed poser poses posho posing position
positional positions positive positively positivity posse possess possession possibility possible
possibly possum post posted poster posters posting posts pot potato potatoes potential potentially
potg pound pounds pouring pours poverty powder power powered powerful powering powerless powerline
powers pp ppl practical practically practice practiced practices practicing prag praise praised
praises praising prank praxis pray prayer prayers praying pre preach preached precedent preceding
precious precise precisely precluded predator predators predatory predecessors predict predictable
prediction prefer preference preferences preferred pregananant pregnancy pregnant preist prejudice
prejudices premature premier premise premium prep prepare prepared preparing prequel prequels
prescription prescriptions preseason presence present presentation presented presenting presents
presidency president presidential press pressed presses pressing pressure pressuring pressurized
presumably presume presumptions pretend pretending pretentious prettier prettiest pretty pretzel
prevalent prevent previous previously prey price priced priceless prices pricey pricing prick pricks
pride priest priests primal primaries primarily primary prime princess principal principals
principle principles print prior priorities prison prisoners privacy private privilege privledges
prize prizes pro proactive prob probably problem problematic problems probs procedure proceed
proceeds process processed processes proclaimed procreate produce produced producer producers
producing product production productive products profanity profession professional professionals
profile profiles profit profitable profits profoundly prog program programmed programming programs
progress progression progressive progressively progressives project projectile projecting projection
projects prolly prolonging prom promiscuous promise promised promises promising promo promote
promoted promoting promotion prompt prone pronoun pronounce pronounced proof propaganda propel
proper properly properties property proportion proposals propose proposed proposing props propulsion
pros prosecuted prosecution prospects prosperity prostate prosthesis prostitute prostitutes protect
protected protecting protection protects protein protest protester protesters protesting protocol
proud prove proved proven proves provide provided provides providing provincial proving provoke
prude prunes ps psst psych psyche psychedelics psychiatric psychiatrist psychic psycho psychological
psychologically psychologist psychopath psychopathic psychos pt pts pub puberty public publicity
publicly pubs puck puddle puffer pug puig puke pull pulled pulling pulls pump pumped pumps pun punch
punched punches punching punchline puncture punish punished punishing punishment punk puns punt
punting pup pupils pupper puppies puppy purchase purchased purchases pure purely purgatory purge
purged purple purpose purposeful purposefully purposely purposes purse pursue pursues purty push
pushed pushers pushing put puts putting puzzled pvp qb quad quail qualifications qualified qualifier
qualify qualities quality quarter quarters que queen queens quest question questionable questioned
questioning questions queue quick quicker quickly quiet quieter quietly quips quirky quit quite
quits quitting quo quote quotes quoting r rabbit rabid race races racial racing racism racist
racists rack rad radar radiation radical radio raga rage rages raging ragnarok raid raider rail
rails rain rainbow raining rainy raise raised raises raising rake rambling ramblings rammed rampant
ramped ran ranch random randomly randoms range rank ranked ranking ranks rant ranting rants rap rape
raped rapes rapid raping rapist rapists rappelling rapper rappers raps rare rarely rarity rat rate
rated rates rather rating ratings ratio rational rationale rationalise rationalizing rats ravenous
raw razor razors rd rds re reach reached reaches reaching react reacted reacting reaction
reactionary reactions read reader readers reading readings reads ready real realign realise realised
realistic realistically reality realization realize realized realizes realizing reallllly reallly
really realm realy reams reap reaper reason reasonable reasonably reasoning reasons reassuring
rebates rebel reboot rebound rebounds rebuild rebuttal recall recapping reccomend receipts receive
received receiver receivers receiving recent recently reception recipe recipient reckless reckon
recognise recognition recognize recognized recognizing recommend recommendation recommendations
recommended reconciles reconciliation reconsider record recorded recording records recourse recover
recovering recovers recovery recreated recreational rectified recycle recycling red reddit redditor
redditors redeeming redesign redhead reduce reduced reduction reeks reelection reevaluate ref refer
reference referenced references referencing referendum referring refers reflect reflection refresh
refreshed refreshing refs refugee refund refusal refuse refused refuses refusing regain regard
regarded regarding regardless regards regenerates regime region register registered regressive
regret regrets regretted regrouped regualr regular regularly regulated regulations rehab reign
reincarnated reintroduce reject rejected rejection rejects rejoice relapse relatable relate related
relates relating relation relations relationship relationships relative relatively relatives relax
relaxed relaxing release released releasing relentless relevant relevence reliable relic relief
relieved reliever relieving religion religions religious relish relive reload reluctant rely remain
remained remainers remaining remains remake remarkable remarkably remastered rematch remember
remembered remembering remind reminded reminder reminding reminds remise remotely removal remove
removed removing rendering rendition renewable rent rental renting reopen rep repair repay repeat
repeated repeatedly repeating repent repercussions repetitive replace replaced replacement replay
replied replies reply replying report reported reportedly reporter reporters reporting reports
repost reposted reposting reposts represent representation representative representatives
represented representing represents repressed reproduce reproduction reps republi republican
republicans repulsive reputation request requested requesting requests require required requirements
requires reread rescue rescued research researching resembling resent reservations reserved resets
residency resident residents resign resignation resist resistance resistant reskin resolution
resolved resonates resort resource resources respect respectable respected respectful respecting
respects respond responded responding responds response responses responsibility responsible
responsibly rest restating restaurant restaurants rested restraining restrict restrictions result
resulted results resume retail retain retaliating retarded retards retcons rethink retire retired
retirement retires retiring retreat retrieve return returned returning returns retweeting reunion
reunited reused reveal revealed revenge revenue reverse reversed review reviews revise revisionist
revisionists revisit revive revived revoked revolt revolting revolution revolutionary revolve
revolving reward rewarded rewarding rewards rewatch rewatching rewind rework reworked rewrite
rhetoric rhetorical rheum rhymes rhythm ribs rich richest rid riddance ride rider rides ridicule
ridiculous ridiculously riding rifle right righteous rightful rightfully rights rightwing rile rim
ring rings riot riots rip ripped ripping rise risk riskier risks risky rite ritual rivalry rivals
rly rmb rn road roads roam roast roasting roasts robbed robbery robocough robot robots rock rocket
rockin rocking rocks rodeo role roleplayers roles roll rolled rolling rolls rom romance romantic
roof rookie room roommate roommates rooms root rooted rooting roots rope ropes roses roster rosters
rot rotation rotations rotten rotting rough roulette round roundabouts rounder rounds route routine
routinely row rowckets royalties rtts rub rubber rubbish rubs rude rudely rudimentary rug rugby ruin
ruined ruining ruins rule ruled ruler rules ruling rumble rumor rumors run rundown running runs
runway rural rush rushed rushing russia rust ruthless s sa saber sabotage sack sacked sacks sacred
sacrifice sacrifices sad sadder saddest sadly sadness safe safely safer safety safty said sailed
saints sake sakes salad salaries salary sale sales salesman salesmen salespeople salon salt salty
salute salvation same sample sanctions sand sandwich sandwiches sane sang sanity sank sarcasm
sarcastic sassy sat satan satire satirical satisfaction satisfied satisfy satisfying sauce saucy
saudi sausage save saved savedyouaclick saves saving savings savior saw say sayin saying says sb
scale scam scammed scamming scandal scapegoat scar scarcity scare scared scares scarf scariest
scarred scarring scars scary scenario scenarios scene scenes scenically scense schadenfreude
schedule scheduled scheduling scheme schemed schizoid schizophrenia scholars school schools science
scientific scientist scientists scifi scissors scoff scoop scooter scooters scoots scope score
scored scorer scores scoring scotch scottgal scotus scraps scratch scratched scratches scream
screamed screaming screams screeched screen screenchot screens screenshot screenshotted screw
screwed screwing screws scrims script scripted scripts scripture scritches scroll scrolling scrotum
scrub scum scumbag scumbags scythe se sea seafood seal sealed search searched searches searching
seasoms season seasonal seasons seat seatbelts seats seattle sec second secondary secondhand
secondly seconds secret secretly section sections secular secure security sedimentation see seed
seeing seek seeker seeking seeks seem seemed seemingly seems seen sees segment seized seizure select
selected selection selective self selfie selfies selfish selfless sell selling sells semester semi
send sending sends senile senior sense senses sensibility sensible sensitive sensor sent sentence
sentences sentient sentiment sentimental separate separated separation sequel sequels sequence
seratonin serenaded serial series serious seriously seriousness serum servant serve served server
servers serves service services serving session sessions set sets setting settings settle settled
setup seven sever several severe severely severity sewing sex sexes sexiest sexism sexist sexists
sexual sexuality sexually sexy sh shade shadiness shadowban shady shaft shafted shake shakes shaking
shall shallow sham shame shamed shameful shameless shames shaming shape shaped shapes shards share
shared shares sharing shark sharks shat shattered shattering shatters shatting shave shaving she
sheep sheer sheesh sheet sheets shelf shell shells sheltered shelves shenanigans shes shield shift
shifted shifting shill shilling shine shining shinobi shiny ship shipping ships shirt shirtless
shirts shirty shit shitbag shitbags shitcoin shite shithead shitheads shithole shitlord shitpost
shitposting shitposts shits shitshow shittastic shitter shitting shittingly shitty shock shocked
shocker shocking shockingly shocks shoe shoes shoot shooter shooters shooting shootings shootout
shoots shop shopper shopping shops short shortened shorter shortly shorts shot shotgun shots should
shoulda shoulder shoulders shouldn shouldnt shouldve shout shouting shove shovel shoveling shoves
shoving show showcase showed shower showering showing shown shows shred shredded shredder shreds
shrimp shrinking shrooms shudder shuffle shut shutdown shutdowns shutout shutting shy sibling
siblings sick sickness sicko side sidebar sided sides sidewalk sideways siding sigh sighs sight sign
signal signaling signals signature signed significance significant significantly signing signings
signs silence silencing silent silly silver silvered similar similarities similarity similarly
simillar simple simpler simplicity simplistic simply simulator simultaneity simultaneously sin since
sincere sincerely sing singer singing single sinister sink sinks sins sir siren sis sister sisters
sit site sites sith sits sitter sitting situation situations six sixth size sized skate skater
skating skeleton skeptical sketch sketchy skew skewed skill skills skin skinned skinny skins skip
skipped skit skits skittle skull sky skyline slack slacking slam slams slandered slang slap slapdash
slapping slaughter slaughtered slave slavery slaves sled sleep sleeping sleepy sleeve slept slice
slick slide slider sliders sliding slight slightest slightly slime slip slipped slippery slipping
slips slope sloppy slot sloth slow slower slowest slowly slum slur slurs slut sm smack smacked small
smaller smallest smart smarter smash smashed smashing smdh smeagol smear smell smelled smelling
smells smelly smfh smh smile smiles smiling smoke smoked smokin smoking smooth smoother smoothies
smug snack snacks snake snap snapchat snapped snapping snaps snarky snatch sneak sneaking
sneakpeekbot sneaky sneeze sneezing sniff snipe snooping snorting snow snowbirds snowflake
snowflakes snowy snuck snuffed snuggle snuggling so soap sobbing sober sobriety soccer social
socialising socialism socialist socialists socialize socially society sociopath sock socks soda
sodas soft soggy soil solace solar sold soldier soldiers solely solid solidarity solidify solo
solution solve solved solvers solves solving some somebody someday somehow someone someones
something somethings sometime sometimes somewhat somewhere son song songs sonic sons soon sooner
sooo soooo sooooo sore sorely sorrow sorry sort sorta sorted sorts soul soulless souls sound
soundbite sounded sounding sounds soundtrack soundtracks soup sour source sourced sources sous south
southern southerners sovereign soy space spaceflight spaces spam spamming span spanish spare spark
sparks spat spawn speak speaker speakers speaking speaks special specialist specialists species
specific specifically specified spectacle spectrum speculate speculating speculation speech speed
speedy spell spelled spelling spend spending spends spent sperm spewing spice spicy spider spiders
spidey spiked spikey spin spinach spine spines spinners spinning spins spiral spirit spirits
spiritual spirituality spit spite spitfire split splits splitting spoil spoiled spoiler spoilers
spoke spoken sponsored spontaneous spontaneously sport sporting sports spot spotlight spots spotted
spotting spouse spouses spouting spray spread spreading spree sprouts spurred spy sq squad square
squash squat squeak squeal squeeze squeezed squelched squidward squint squirrel srength sry ssince
st stab stabbed stabbing stable stache stack stacked stadium stadiums staff stage staged staggering
staggeringly stain stains stairs stale stalked stalker stalking stamp stamps stance stances stand
standard standards standing standpoint stands stans star starch stare staring starring stars start
started starter starters starting startled starts starvation starving stat state stated statement
statements states stating station statism statist statistic statistical statistically statistics
stats statue status staunchness stay stayed staying stays steak steal stealable stealing steals
steam steamed steaming steamroll steel steely steer stellar stem step stepped stepping steps
stereotype stereotypes stereotypical stern steroids stew stfu stick sticker stickers sticking sticks
sticky stigma stigmatized still sting stingy stink stinks stinky stirring stitches stlouis stock
stocked stocking stocks stoked stole stolen stomach stomp stomping stoned stoners stood stoop
stoopid stop stoped stopped stopping stops store stored storefront stores stories storm storwatch
story storyline stove straight straightforward straights strain straining stranded strange strangely
stranger strangers strangest strangled strategic strategy straw strawberry strawman strawmanning
straws streak streaks stream streamer streamers streaming street streetposts streets strength
strengths stress stressed stressful stressing stretch stretched stretches strict strictly strike
strikes string stringer strip striving stroke stroller strong stronger strongest strongly struck
structure structured struggle struggled struggles struggling stubborn stuck stud student students
studied studies studio study studying stuff stuffed stumble stun stunned stunning stunt stupid
stupidest stupidity stupidly style styles stylish sub subbed subhuman subject subjected subjective
subjects subliminals submission submit submitted subreddit subreddits subs subscribe subscribed
subscribers subscription subsidized substance substantially substitute subtitles subtle suburb
suburban suburbs subversive subway succeed succeeded success successful successfully succinct
succinctly such suck sucked sucker suckers sucking sucks sudden suddenly sue sued suffer suffering
suffers sufficient suffocate sugar suggest suggested suggesting suggestion suggestions suggests
suing suit suitable suits sum summary summed summer summit sums sun sundae sunglasses sunk sunset
sunshine super superb superficially superhero superior superiority supernatural superpower superstar
supervision supervisor supplement supply support supported supporter supporters supporting
supportive supports suppose supposed supposedly suppressing supremacist supremacists supreme
suprised sure surely surface surgeon surgeries surgery surprise surprised surprises surprising
surprisingly surreal surrounded surrounding surroundings survey survival survive survived survivor
survivors survs sushi suspect suspected suspended suspicions suspicious sustainable sustained
sustenance sw swallow swamp swap swastika swear swearing swears sweat sweater sweatshirt sweaty
sweet sweeter sweetest sweetheart sweetie sweety swelled swept swerved swim swimming swing swinging
swings swipe swirlies switch switched switching swollen sword swore sworn swung syllable symbol
sympathy symptom symptoms sync syncs syndrome synonymous syntax syrian syrup system systemic systems
t tab tabarnack table tables tabs tackle tackled tacky tacos tactics tad tag tagged tagging tail
tailgating tainted take takeaway taken takeover takes taking tale talent talented talents talk
talked talkers talking talks tall tallest tame tan tangent tank tanking tanks tanned tantrum
tantrums tap tape tapeworms taps target targeted targeting targets task taste tasted tastes tasty
tate tattoo tattoos taught taunt tax taxed taxes taxpayers tbf tbh tchetchen te tea teabag teabagged
teach teacher teachers teaches teaching team teammate teammates teams teamwork tear tearing tears
tech technical technically techniques technological technology teen teenage teenager teenagers teens
teeth teleport tell teller telling tells temp temperature temperatures template temple temples
temporarily temporary temptation ten tenant tenants tend tendencies tender tenders tendies tends
tennis tens tense tension tent tenure term terminal terminally terminals terminology terms terrible
terribletrollisterribleattrolling terribly terrific terrified terrifying territorial territory
terrorism terrorist terroristic terrorists test testament tested testicles testifying testimony
testing tests text texted texting texts texture tf tge th than thank thankful thankfully thanking
thanks thas that thats the theater theaters theft their theirs theist them theme themed themself
themselves then theories theorists theory theorycraft therapist therapy there therefor therefore
thereof theres thesaurus these they theyre thicc thick thief thielen thigh thin thing things think
thinkers thinking thinks thinness third thirst thirsty thirty this tho thong thorough thoroughly
thos those thot thots though thought thoughtful thoughts thousand thousands thrash thread threads
threat threaten threatened threatening threats three threes threesome threw thrilled thrilling
thrive throat throats throbbing through throughout throw throwaway throwback thrower throwin
throwing thrown throws thru thuggish thumb thundamentals thunder thurster thus thusly thuzad thx thy
thyroid ticket tickets tickle tiddy tide tie tied tier tiers ties tiger tight til tild till time
timed timeless timeline timelines timely timeof timeout times timing tincture tinfoil tiny tip
tipped tipping tips tipsy tirade tire tired tires tiring tis tissue title titled titles tive tj tl
tlc to toad toast tobacco today toddler toe toes tofu together toilet told tolerance toll tomahawk
tomahto tomato tommorow tomorrow ton tone tongue tonight tons too took tool tools toonie tooth
toothless toothpaste top topic topics tops torch tore tories torment torn tornado torny torture
tortured toss tossed total totalitarian totality totally touch touched touches touching touchy tough
tougher toughest tour toured tourist tourists tournament tourney toward towards towed tower towing
town towns toxic toxicity toy toys trace tracer track tracked tracking tracks traction tractor trade
traded trading tradition traditional trae traffic tragedy tragic trail trailer trailers trails train
trained training trains trainwreck trait traitor traits trans transactions transfer transgender
transit transition translate translates translation transphobes transphobia transphobic transplant
transportation trap trapped traps trash trashy trauma traumatic traumatized travel traveling
travelling travels travesty treason treasure treat treated treating treatment treatments treats tree
trees tremendously trenches trend trendy trial triangle tribe tribes tribute trick tricked tricking
tricks tricky tried tries trigger triggered triggering triggers trillion trilogy trim trip triple
tripping trips trivial troll trolled trolley trolling trolls troop trooper troops trope trophy
tropical trouble troubles trougth truck trucks true truest truly trump trumps trunk trust trusted
trusting trustworthy truth truthful truths try tryed trying tryna tshirt tub tube tubes tuition
tumblr tummy tumor tuna tune tuned tunnel tuque turd turds turdy turkey turkmen turn turned turning
turnover turnovers turns turtle turtles tutorial tv twang twat tweet tweeted tweeter tweets twelve
twenties twenty twice twine twink twins twist twisted twitch twitter two type typed types typical
typically typing typo tyranny tyre u ugh ugliest ugly uh uj uk ult ultimate ultimately ump un unable
unacceptable unanswered unattractive unaware unbalanced unbearable unbelievable unbelievably
unbiased unblockable unborn uncaring unchecked unclear uncomfortable uncomfortably uncommon
unconditional uncontested uncontrollably uncultured undefined undemocratic undeniably under underage
underappreciated undercover underestimate undergraduate underground underperform underrated
understand understandable understanding understands understatement understood underwear underweight
undocumented undoubtedly uneducated unemotional unemployed unemployment unethical unexpected unfair
unfairness unfamiliar unfaulted unfollowed unforbidden unfortunate unfortunately unfruitful unfun
unfunny ungrateful unhappy unhealthly unhealthy unhear unheard unhelpful unhinged unicorn unicorns
uniform unil unimaginably uninformed unintended union unions unique uniquely unironically unit unite
united unites universal universe unknown unless unlike unlikely unlimited unlock unlocked unlocking
unlucky unmasking unmotivated unnatural unnaturally unnecessarily unnecessary unpaid unpleasant
unpopular unpossible unpredictable unprofessional unreachable unreal unrealistic unreasonable
unregulated unrelated unrelenting unrest unsafe unscathed unsee unsettling unsolicited unsound
unsubscribe unsubstantiated unsure untalented until untouchable untrained untreated untrue unusual
unwanted unwatchable unwelcome unwreck up upcoming update updated updates updoot updoots upfront
upgrade upgraded uphill upkeep uplifting upload uploaded uploads upon upper ups upset upsets
upsetting upside upstairs upvote upvoted upvotes upward ur urban urge urges urine url us usage use
used useful useless user username users uses ushering using usual usually utilised utopian utter
uttering utterly uwu v va vacation vaccinate vaccinated vaccination vaccinations vaccine vaccines
vagina vaginal vagoo vague vaguely valid validates validation valiums valuable value valued values
vampire van vanguard vanilla vanished vanity vaping vapor variations variety various varsity vary
vase vast vastly vault vax vaxxer ve veegunz vegan veganism vegans vegetable vegetables vegetarian
veggies vehicle vehicles veiled vein veins vendor vengeance vent venting ventures venturing venue
verbal verbally verge verifying versa version versions versus very vest vested vet veteran veterans
vets vey via viability vibe vibes vice vicious victim victims victory vid vide video videogame
videogames videos videotape vids view viewed viewers viewing viewpoint viewpoints views vigilante
vile village villain villains vine vintage vinyl violate violated violating violation violations
violators violence violent violently viral virgeens virgin virginity virgins virtual virtue virtuous
virus visa visibility visible vision visit visited visiting visits visual vitality vitamins
vocabulary vocally vodka voice voiced voices void volume voluntarily voluntary volunteer volvo vomit
vomiting voodoo vote voted voter voters votes voting vro vs vulnerability vulnerable vuri w
waaaaaaaaves waaaaaaaay waaaaay waaaay wack wade waffles wage wages waist wait waited waiting
waitress waitstaff waiver wake wakes waking walk walked walking walks wall wallet wallets walls wan
wanna wannabe want wanted wanting wants war wardrobe wards warhammer warlord warm warmer warming
warmly warms warn warned warning warrant warrior warriors was wasabi wash washed washing wasn wasnt
waste wasted wasting wat watch watched watches watching water watering watermark watermelon wave
waves wavy wax way ways wayyy wayyyyy we weak weaker weakness weaknesses wealth wealthiest wealthy
weapon weaponisable weapons wear wearing wears weasels weather weaving web website websites wedding
wee weeb weebs weed weeds week weekend weekends weekly weeks wehrmacht weigh weight weights weird
weirder weirdest weirdly weirdness weirdo weirdos welcome welfare well welp went wentz were weren
west wet weve whale what whataboutism whatever whatnot whats whatsoever wheel wheels when whenever
where wherever whether which while whilst whining whinny whiny whip whipped whips whiskey whistle
whistles white who whoa whoever whole wholeheartedly wholesome whom whomever whoopin whoops whore
whores whose why wiaitin wicked wide widely wider widow wield wife wig wiki wikilacks wild will
willfully willing willingly wimp win wind winded window winds windshield wine wing winger wingers
wings wink winner winning winrate wins winter winters wipe wiper wiping wire wireless wisdom wise
wisely wish wished wishes wishful wishing wishlist witch with withdrawal withdrawals within
withought without witness witnesses witnessing witted witty wives wizard wo woah wobble woke woken
wolf wolves woman women won wonder wondered wonderful wonderfully wondering wonders wont wooden
woods woooosh wooooshed wooosh woosh word worded wording words wore work worked worker workers
working workmate workout workplace works world worlds worldwide worm worn worried worries worry
worrying worse worship worst worth worthless worthwhile worthy wot would woulda wouldn wouldnt
wouldve wound wounded wounds wow wqs wr wrap wrapped wraps wrath wreck wrecked wrecking wrecks
wrench wrestling wretched write writer writers writes writing written wrong wrote wrt wtf wtffffff
wumpscut wut wwe x xb xir xmas xoxo y ya yaaaa yaaassss yah yak yall yank yard yards yardstick yay
yayeeeee yea yeah year years yeh yell yelled yelling yellow yells yep yer yes yesterday yet yikes
yknow yo yoga yoghurt yogurt yolk york you young younger youngest younglings youngsters your youre
yours yourself yourselves yous youth youtube youtuber youtubes youu youve yr yrs yuck yum yummy yup
z zach zc zer zero zip ziploc zombie zombies zone zones zoo zoom zoomed zoos
`;
