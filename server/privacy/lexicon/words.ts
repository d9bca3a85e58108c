/** Word lists that steer recognition. Written for this project. */

/** Everyday and clinical words a small chat corpus may miss; they are words, not names. */
export const EVERYDAY_WORDS = `
able absence abuse accident account ache acting addict addiction adhd admission advice advisor affair afternoon agency agitated agoraphobia alarm alcohol alone ambulance anger angry anniversary anxiety anxious apartment apology appetite application appointment argue argument arrest assault assignment asthma attack attorney aunt auntie autopay avoid awful baby babysitter backpack badge bakery balance bank bankrupt bar bathroom battery bedroom beer behaviour behavior bereavement bike bill bills binge biopsy birthday blackout blame blood boat body boss boundary boundaries boyfriend brain break breakup breathe breathing brother budget bully bullying bus cafeteria calendar calm camera cancer car card care career caregiver carer case caseworker cashier cat catastrophize catastrophizing cell chapter chart checkup chemo chemotherapy chest child childcare children chores church claim class classes clinic clinician clinicals closet coach coffee colleague college commute company complaint compulsion concentrate conference conferences confidence conflict construction coping counselor counsellor counseling couch court cousin coworker craving crisis crying custody cutting dad daughter deadline debt decision degree delivery denial dentist depressed depression diabetes diagnosis diet dinner diploma disability discharge discipline dishes disorder dissertation distress divorce dizzy doctor dog dorm dose dread dream drinking driver drugs eating email emergency employer employment engagement estate exam exercise exhausted exhausting expenses exposure factory family fatigue fear fiance fiancee fight finances firm flashback flashbacks flight food forgiveness foster freshman friend friendship frustrated funeral gambling garage garden gig girlfriend gosh grades grandchild granddaughter grandfather grandkids grandma grandmother grandpa grandparents grandson granny grief grieving groceries grocery guilt guilty guardian gym habit handout headache headaches health hearing heartbreak helpline high highschool holiday homework hopeless hopelessness hospice hospital hotline household housekeeping housing hurt husband illness impulse incident income infidelity injury insomnia inspector insulin insurance internship interpreter interview intrusive irritable isolated isolation jail job journal journaling judge kid kids kindergarten kitchen lab landlord laptop lawyer layoff lease lecture library license licence lithium loan lonely loneliness lunch manager marriage meal meals medication medications medicine meditation meeting meetings memory menopause mentor midterm migraine mindfulness miscarriage mom mommy money mood mortgage mother motivation move nanny nap nausea neighbor neighbour nephew nervous niece nightmare nightmares note notes numb numbness nurse nursing obsession office overdose overtime overwhelmed pain panic paperwork parent parenting parents parole partner passport password passwords pastor patience paycheck payment pediatrician pension permit pharmacy phlebotomist phone physician pill pills plan plate police portal pregnancy pregnant prescription pressure principal prison probation professor promotion psychiatrist psychologist punishment rage ranch rash recovery referral rehab relapse relationship relief rent report resentment residency restaurant retirement roommate routine rumination sadness safety salary scholarship school score screen secret sedation seizure semester server session shame shelter shift shop shopping siblings sickness sister sleep sober sobriety social son spouse statement stepdad stepdaughter stepfather stepmom stepmother stepson stove stress stressed stroke student studies substance suicide supervisor surgery suspension symptom symptoms teacher teen teenager temper tension terminal text therapist therapy thesis ticket tired toddler traffic trauma trigger triggered truck tuition tutor uncle unemployment uni university unit vacation vape vaping visit volunteer wake wedding weekend weight widow widower wife withdrawal work worker workplace worksheet worry worthless yard
ha haha hah huh wow ugh eh meh yay aw aww oops hmm mhm nah yep nope alright fax fireworks graveyard postdoc bootcamp bipap cpap
refill refills renewal renew mutton herds porch passenger passengers braid braids braiding ceremony registration aide aides mahjong snakehead
venerable elder elders aunty mais
noon midnight downtown uptown vent venting app apps edibles facetime facetimed bartend bartending bartender waitressing cashiering babysit babysitting
`;

/**
 * Greetings, blessings, foods and kin words from the languages clients mix into English
 * ("buenas tardes", "bonjou", "salaam", "mija", "inshallah"): words, not names.
 */
export const FOREIGN_EVERYDAY_WORDS = `
hola buenas buenos tardes dias días noches gracias adios adiós oye pues bueno claro ay dios como estas está estás olá ola hau bendicion bendición mija mijo mijita mijito
bonjou bonjour bonswa bonsoir mesi merci wi non sak pase enfin
salaam salam asalaam assalamu alaikum walaikum inshallah insha mashallah alhamdulillah wallahi habibi habibti yalla shukran
selam shalom todah mazel tov baruch hashem namaste namaskar ji acha theek hai haan nahi beta beti
ciao grazie prego obrigado obrigada tudo bem oi kamusta salamat po opo anak ate kuya
xin chao cam cảm ơn annyeong annyeonghaseyo kamsahamnida konnichiwa arigato nihao ni hao xiexie
jambo habari asante sana sawubona ndiyo ayo abeg wahala ehn oya
yaateeh ahehee quinceanera quinceañera tamales tamal pupusas pozole menudo tortillas arepas empanadas injera jollof biryani pho banh
dumplings bao kimchi halal kosher shabbat shabbos yeshiva rebbetzin iftar suhoor eid
`;

/** Pronouns, determiners, prepositions, conjunctions, auxiliaries: never part of a name. */
export const FUNCTION_WORDS = `
a an the this that these those my your his her its our their mine yours hers ours theirs me him us them i you he she it we they who whom whose which what where when why how
and or but nor so yet for if then than because as while though although unless until since after before
at by from in into of off on onto out over through to toward towards under up upon with within without about above across along among around behind below beside between beyond down during except inside near outside past per via
am is are was were be been being do does did done have has had having can could may might must shall should will would ought
not no yes yeah ok okay oh uh um hmm well just also too very really so
s t ll re ve m d
`;

/** Words for people in someone's life; a name often follows ("my sister Ana"). */
export const RELATION_WORDS = `
mom mum mother mama mommy mami dad father papa daddy papi pa ma parent parents stepmom stepmother stepdad stepfather
sister sis brother bro sibling siblings son daughter kid kids child children baby grandson granddaughter grandchild
grandma grandmother granny grandpa grandfather grandparent nana abuela abuelo abuelita lola lolo
aunt auntie uncle tia tio tita tito cousin niece nephew godmother godfather godson goddaughter
wife husband spouse partner boyfriend girlfriend fiance fiancee ex ex-husband ex-wife
friend bestie buddy pal mate roommate housemate neighbor neighbour classmate teammate comadre compadre madrina padrino boy girl
boss manager supervisor coworker colleague employer landlord landlady tenant
teacher professor coach tutor principal counselor counsellor therapist psychiatrist doctor nurse pastor priest rabbi imam sponsor caseworker lawyer attorney advisor mentor
leader lead dispatcher foreman captain lieutenant trainer advocate agent realtor worker officer homie homeboy homegirl bff sponsee crush
`;

/** Words that come right before a person's name ("Dr. Okafor", "Mrs. Yoon"). */
export const TITLES = `
mr mrs ms miss mx dr doctor prof professor coach pastor father fr rev reverend rabbi imam sheikh judge officer detective sergeant sgt attorney nurse
aunt auntie uncle tia tio tita tito lola lolo abuela abuelo grandma grandpa granny nana cousin brother sister sir madam mister ate kuya baba
don dona doña senor señor senora señora sra sr srta ustad sensei hajji hajja
`;

/** Words that are often capitalised but identify no one. */
export const CAPITALISED_NON_IDENTIFIERS = `
i god lord jesus christ allah bible quran koran torah buddha heaven hell
mom mum dad mommy daddy mama papa grandma grandpa granny nana auntie
internet wifi web email covid coronavirus
facebook instagram twitter tiktok snapchat youtube google zoom netflix whatsapp reddit discord spotify iphone android siri alexa
english spanish french german italian portuguese russian ukrainian polish chinese mandarin cantonese korean japanese vietnamese arabic farsi persian hindi urdu punjabi tagalog somali amharic swahili hmong haitian creole kreyol yoruba igbo hebrew greek turkish serbian navajo lakota
irish scottish welsh british mexican dominican cuban jamaican nigerian ghanaian somali ethiopian eritrean kenyan filipino indian pakistani bangladeshi arab persian iranian afghan syrian lebanese palestinian iraqi polish brazilian colombian venezuelan salvadoran guatemalan honduran native indigenous cherokee latino latina latinx hispanic asian african caribbean
christian catholic protestant baptist methodist lutheran evangelical pentecostal orthodox mormon muslim islam islamic jewish judaism hindu sikh buddhist atheist
zoloft sertraline prozac fluoxetine lexapro escitalopram celexa citalopram paxil paroxetine effexor venlafaxine cymbalta duloxetine wellbutrin bupropion remeron mirtazapine trazodone xanax alprazolam klonopin clonazepam ativan lorazepam valium diazepam buspar buspirone adderall ritalin concerta vyvanse strattera seroquel quetiapine abilify aripiprazole risperdal risperidone zyprexa olanzapine latuda vraylar rexulti lamictal lamotrigine depakote lithium tegretol topamax gabapentin neurontin lyrica ambien zolpidem melatonin suboxone buprenorphine methadone naltrexone vivitrol narcan naloxone antabuse chantix tylenol advil motrin ibuprofen benadryl insulin metformin ozempic prazosin propranolol hydroxyzine spravato
pristiq trintellix auvelity caplyta lybalvi cobenfy invega haldol haloperidol clozapine clozaril geodon ziprasidone saphris fanapt viibryd fetzima emsam nardil parnate anafranil elavil amitriptyline nortriptyline pamelor doxepin silenor belsomra lunesta restoril halcion intuniv kapvay guanfacine clonidine qelbree focalin dexedrine desoxyn provigil nuvigil modafinil trileptal oxcarbazepine keppra topiramate acamprosate campral disulfiram sublocade zubsolv brixadi lucemyra vistaril atarax inderal minipress esketamine ketamine psilocybin mdma cannabis thc cbd kratom fentanyl heroin meth cocaine xylazine percocet oxycodone oxycontin vicodin hydrocodone tramadol dilaudid morphine norco opioids opioid opiates benzos
phq gad cbt dbt act emdr erp ocd ptsd adhd add asd bpd gad mdd ed er icu aa na ssri snri mat iop php ect tms dsm icd
medicaid medicare tricare chip cobra dui dwi ip vin vpn ssn mrn dob pi cpap bipap dd npi dea gp pcp obgyn ob gyn ent pt inr ekg ecg mri ct ekg
va vfw dmv rmv irs fbi cia ice tsa cdc ssa ssi ssdi snap wic ebt ged sat iep 504 hr ceo cfo it pe pt ot md rn np pa lpn cna dds phd
tv pc usb pdf gps atm diy rsvp asap fyi lol omg btw dm ok ai
am pm
`;

/** Words that end the name of a place or institution ("Lincoln High", "Holy Ghost Church"). */
export const FACILITY_WORDS = `
school elementary middle high academy college university univ institute campus
hospital clinic center centre medical health infirmary hospice rehab
church chapel cathedral parish mosque masjid temple synagogue shul gurdwara pagoda
library park lake beach river trail mall plaza square station terminal airport stadium arena gallery museum theater theatre zoo
county heights village hills valley springs falls harbor harbour bay island point ridge woods grove gardens manor estates
prison jail penitentiary shelter motel hotel inn apartments tower towers
`;

/** Words that end the name of a business ("Riverside Diner", "Rahimi & Partners"). */
export const ORGANISATION_WORDS = `
inc llc ltd corp corporation co company group partners associates logistics robotics systems solutions services supply supplies
diner grill bakery deli cafe coffee restaurant bar pub kitchen pizzeria taqueria market foods farms auto body shop store salon spa
bank insurance energy electric motors industries labs pharmacy cab taxi
council association foundation alliance coalition network society league ministries outreach mission pantry club gym fitness
tavern saloon cantina lounge shack repair cleaners laundromat mart hardware tires towing roofing plumbing construction landscaping
trucking staffing realty dental pediatrics daycare montessori brewery roasters boutique barbershop wings pizza tacos donuts bagels
bbq steakhouse buffet bistro eatery creamery nails transport transit movers cleaning painting catering consulting moving printing flooring heating
`;

/** Street types and their common abbreviations. */
export const STREET_SUFFIXES: Record<string, readonly string[]> = {
  street: ['st', 'str'],
  avenue: ['ave', 'av'],
  road: ['rd'],
  boulevard: ['blvd'],
  drive: ['dr'],
  lane: ['ln'],
  court: ['ct'],
  place: ['pl'],
  terrace: ['ter'],
  circle: ['cir'],
  parkway: ['pkwy'],
  highway: ['hwy'],
  turnpike: ['tpke'],
  way: [],
  pike: [],
  square: ['sq'],
  trail: ['trl'],
  alley: [],
  row: [],
  crescent: ['cres'],
  expressway: ['expy'],
  freeway: ['fwy'],
  loop: [],
  path: [],
  walk: [],
  calle: [],
  rue: [],
};

export const DIRECTIONS: Record<string, readonly string[]> = {
  north: ['n'],
  south: ['s'],
  east: ['e'],
  west: ['w'],
  northeast: ['ne'],
  northwest: ['nw'],
  southeast: ['se'],
  southwest: ['sw'],
};

/** Words that precede a unit inside a building ("Apt 2B", "Suite 900"). */
export const UNIT_WORDS = [
  'apt',
  'apartment',
  'unit',
  'suite',
  'ste',
  'room',
  'rm',
  'floor',
  'fl',
  'flat',
  'bldg',
  'building',
  'lot',
  'space',
  'box',
];

/** States and territories: larger than the Safe Harbor limit, so they are kept. */
export const US_STATES = `
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
new_hampshire new_jersey new_mexico new_york north_carolina north_dakota rhode_island south_carolina south_dakota west_virginia puerto_rico district_of_columbia
`;

export const STATE_ABBREVIATIONS = `al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr dc`;

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

/** Holidays name a day of the year, so they are date elements (i2b2 de-identification guidelines). */
export const HOLIDAYS = [
  'christmas eve',
  'christmas day',
  'christmas',
  'xmas',
  'new year s eve',
  'new year s day',
  'new years eve',
  'new years day',
  'new year s',
  'new years',
  'easter sunday',
  'easter',
  'good friday',
  'thanksgiving',
  'halloween',
  'valentine s day',
  'valentines day',
  'valentine s',
  'fourth of july',
  'independence day',
  'labor day',
  'labour day',
  'memorial day',
  'veterans day',
  'juneteenth',
  'mother s day',
  'mothers day',
  'father s day',
  'fathers day',
  'st patrick s day',
  'saint patrick s day',
  'cinco de mayo',
  'mlk day',
  'martin luther king day',
  'presidents day',
  'columbus day',
  'indigenous peoples day',
  'boxing day',
  'groundhog day',
  'nowruz',
  'norooz',
  'diwali',
  'holi',
  'hanukkah',
  'chanukah',
  'rosh hashanah',
  'yom kippur',
  'passover',
  'purim',
  'eid al fitr',
  'eid al adha',
  'eid',
  'ramadan',
  'lunar new year',
  'chinese new year',
  'tet',
  'kwanzaa',
  'dia de los muertos',
  'day of the dead',
];

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

export const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const UNIT_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Names that are also everyday words; they count as names only where the text treats them as names. */
export const NAMES_THAT_ARE_WORDS = `
grace hope faith joy will mark bill rose may june april august summer autumn winter dawn destiny charity patience prudence mercy honor honour trinity chance
hunter mason carter cooper taylor baker miller smith brown white black green young king long little bell wood stone hill field rich christian major sterling
price page case cash grant chase ash dean earl drew lane gene sunny buddy angel precious genesis nova gray grey reed wells banks rivers woods lamb fox wolf
hawk crane swan bird fish cook penny candy brandy ginger sandy misty rusty sonny carol noel sky river storm rain lily daisy ivy holly hazel olive violet iris
jasmine ruby pearl amber crystal melody harmony jade heather blossom bear eagle star ray art don pat sue rob guy jack frank bob nick sal bud chip chuck dick
hank max victor royal prince duke bishop cliff glen dale forest brook brooks heath marsh moss ford church hall wall gold silver rock free love lovely
kit bunny baby doll honey sugar
`;

/**
 * Words that name a school, neighbourhood or place of worship after any word, in speech as in
 * writing ("south high", "crown heights", "cornerstone church"); after a place cue ("from", "at")
 * the word before them is taken as a name unless it is a generic modifier ("high school", "dog park").
 */
export const INSTITUTION_HEADS = `
high elementary middle academy prep preparatory memorial regional general county township parish
heights hill hills valley spring springs falls village ridge grove gardens manor estates woods beach island park lake hollow creek crossing landing junction bluff meadows acres pines oaks shores
church chapel cathedral temple mosque masjid synagogue gurdwara tabernacle
`;

/** Words before an institution's head that make it a kind, not a name ("grad school", "community college", "trailer park"). */
export const GENERIC_MODIFIERS = `
junior senior high middle elementary primary secondary grade grammar grad graduate law med medical nursing dental pharmacy vet veterinary divinity
business film art arts music dance drama cooking culinary beauty barber trade technical tech vocational driving flight night summer bible boarding
public private charter magnet alternative special regular normal online virtual community state city county national federal local nearby
same old other another next last previous whole entire own real big small main home day care daycare mega early late this
dog skate water theme trailer truck amusement ball baseball football soccer basketball tennis golf car mobile rv amusement
town neighborhood neighbourhood school college church hospital university campus
grocery gas nail nails dollar corner pet book liquor thrift hardware convenience department auto body print bike pawn tire repair coffee steak fire
group call post food soup pizza taco chicken donut sub burger fast sandwich ice cream candy furniture shoe clothing phone cell computer electronics
mental psych psychiatric behavioral behavioural health wellness treatment detox rehab recovery crisis youth rec recreation shopping job career
test fitness distribution fulfillment data service care urgent emergency family couples support bus train police sheriff army navy
`;

/** Nouns for places people name in passing ("the bar by the base, the Broken Spoke"): an appositive after one is the place's name. */
export const VENUE_NOUNS = `
bar pub club restaurant diner cafe coffeeshop shop store market grocery place spot joint church school college hospital clinic center centre shelter
gym studio salon barbershop company job program rehab facility hotel motel park camp band agency firm plant factory warehouse daycare casino
lounge library apartment apartments building complex neighborhood neighbourhood street town city village community team base
`;

/** Pets: their names are labelled like people's ("our dog, Ranger"). */
export const PET_WORDS = `
dog dogs puppy pup doggy doggo cat cats kitten kitty horse pony bird parrot parakeet budgie hamster rabbit ferret lizard gecko snake turtle
pitbull chihuahua beagle husky poodle terrier retriever shepherd
`;

/** Words after "my dog" that are not the dog's name ("my dog park", "the dog walker"). */
export const PET_FOLLOWERS = `
park food bowl bed walker walks walk sitter sitting toy toys crate leash hair fur years door tag license vet show breed trainer training mom dad
parent owner house care bite bites attack poop shelter rescue litter box treats collar died dies passed is was has had got gets
`;

/** Generic nouns: an appositive ending in one of them is a description, not a name ("the hospital, the whole time"). */
export const GENERIC_NOUNS = `
time day days week weeks night nights morning evening weekend thing things stuff place one ones way lot guy guys people kind sort part rest end
side area room floor ward unit lobby line door desk counter kitchen bathroom office parking front back top bottom middle inside outside
hours minutes years months class shift
`;

/**
 * Large US employers whose names are everyday words or several words ("Target", "Dollar General",
 * "Waffle House"): they identify an employer only after a work cue ("I work at target").
 */
export const EMPLOYER_NAMES = `
target|best buy|dollar general|dollar tree|family dollar|home depot|waffle house|cracker barrel|olive garden|red lobster|burger king|taco bell|pizza hut
whole foods|trader joe s|trader joes|big lots|foot locker|general motors|general electric|delta|united airlines|american airlines|southwest|dutch bros
panera|panera bread|jack in the box|dairy queen|sonic|wendy s|wendys|arby s|arbys|subway|amazon|apple|chase|shell|circle k|old navy|gap|ross|marshalls
tj maxx|kohl s|kohls|macy s|macys|safeway|albertsons|food lion|giant eagle|giant|stop and shop|stop & shop|piggly wiggly|winn dixie|hy vee|sprouts
cvs|rite aid|walgreens|petsmart|petco|goodwill|salvation army|tractor supply|bath and body works|victoria s secret|bed bath and beyond|buffalo wild wings
outback|chili s|chilis|applebee s|applebees|ihop|denny s|dennys|popeyes|chick fil a|five guys|little caesars|papa john s|papa johns|domino s|dominos
starbucks|dunkin|krispy kreme|whataburger|culver s|culvers|in n out|raising cane s|canes|sheetz|wawa|quiktrip|love s|pilot|buc ee s|h e b|heb|publix
aldi|lidl|wegmans|meijer|kroger|costco|sam s club|walmart|lowe s|lowes|menards|ace hardware|autozone|o reilly|advance auto|jiffy lube|ups|fedex|usps
post office|amtrak|greyhound|uber|lyft|doordash|instacart|grubhub|spectrum|comcast|verizon|at t|t mobile|sprint|geek squad|kaiser|tesla|boeing
cheesecake factory|red robin|texas roadhouse|longhorn|golden corral|bojangles|zaxby s|church s chicken|hobby lobby|michaels|joann|staples|office depot
barnes and noble|barnes & noble|gamestop|dick s|academy sports|planet fitness|la fitness|anytime fitness|great clips|supercuts|h and m|h m|forever 21
american eagle|express|sherwin williams|united|frontier|spirit|jetblue|alaska airlines|hertz|enterprise|avis|marriott|hilton|hyatt|holiday inn
motel 6|best western|la quinta|six flags|disney|universal|the y|ymca|boys and girls club|boys & girls club|red cross|catholic charities|lutheran services
`;
