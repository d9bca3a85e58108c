/**
 * Word lists for normalisation and context scoping. Everything here is lower case and
 * accent-free, because it is compared with normalised tokens.
 */

/** Contractions, chat spellings and dialect forms expanded to the words the rules are written in. */
export const TOKEN_REWRITES: Record<string, string> = {
  // contractions, with and without the apostrophe (it is often dropped in chat and transcripts)
  "i'm": 'i am', im: 'i am', "i've": 'i have', ive: 'i have', "i'd": 'i would', "i'll": 'i will',
  "don't": 'do not', dont: 'do not', "doesn't": 'does not', doesnt: 'does not',
  "didn't": 'did not', didnt: 'did not', "can't": 'can not', cant: 'can not', cannot: 'can not',
  "won't": 'will not', wont: 'will not', "wouldn't": 'would not', wouldnt: 'would not',
  "shouldn't": 'should not', shouldnt: 'should not', "couldn't": 'could not', couldnt: 'could not',
  "haven't": 'have not', havent: 'have not', "hasn't": 'has not', hasnt: 'has not',
  "hadn't": 'had not', hadnt: 'had not', "isn't": 'is not', isnt: 'is not', "aren't": 'are not',
  arent: 'are not', "wasn't": 'was not', wasnt: 'was not', "weren't": 'were not', werent: 'were not',
  "ain't": 'is not', aint: 'is not', "you're": 'you are', youre: 'you are', "you've": 'you have',
  "you'd": 'you would', "you'll": 'you will', "he's": 'he is', "she's": 'she is', shes: 'she is',
  "they're": 'they are', "it's": 'it is', "that's": 'that is', thats: 'that is',
  "there's": 'there is', theres: 'there is', "what's": 'what is', whats: 'what is',
  "he'd": 'he would', "she'd": 'she would', "they'd": 'they would', "he'll": 'he will',
  "she'll": 'she will', "they'll": 'they will', "we're": 'we are', "we've": 'we have',
  "nobody's": 'nobody is', "everyone's": 'everyone is', "let's": 'let us',
  // chat and dialect forms
  gonna: 'going to', gon: 'going to', finna: 'going to', fixin: 'going to', bouta: 'about to',
  boutta: 'about to', wanna: 'want to', wana: 'want to', wnna: 'want to', gotta: 'got to',
  tryna: 'trying to', imma: 'i am going to', ima: 'i am going to', "i'ma": 'i am going to',
  ion: 'i do not', lemme: 'let me', kinda: 'kind of', cuz: 'because', coz: 'because',
  bc: 'because', u: 'you', ur: 'your', ppl: 'people', bout: 'about', abt: 'about',
  nite: 'night', tonite: 'tonight', tmrw: 'tomorrow', tho: 'though', rn: 'right now',
  idk: 'i do not know', idc: 'i do not care', thinkin: 'thinking', killin: 'killing',
  cuttin: 'cutting', hurtin: 'hurting', tryin: 'trying', feelin: 'feeling', nothin: 'nothing',
  somethin: 'something', goin: 'going', doin: 'doing', 'til': 'until', mum: 'mom', mam: 'mom',
  // self-harm and suicide slang
  kms: 'kill myself', kys: 'kill yourself', ctb: 'kill myself', kmsl: 'laughing',
  unalive: 'kill', unalives: 'kills', unalived: 'killed', unaliving: 'killing',
  sewerslide: 'suicide', suicde: 'suicide', sucide: 'suicide', suiside: 'suicide',
  sucicide: 'suicide', suicid: 'suicide', siucide: 'suicide', suecide: 'suicide',
  sucidal: 'suicidal', suicdal: 'suicidal', suisidal: 'suicidal', suicidel: 'suicidal',
  od: 'overdose', "od'd": 'overdosed', oded: 'overdosed', "od'ed": 'overdosed', "od'ing": 'overdosing',
  oding: 'overdosing', "sh'd": 'self harmed', "sh'ed": 'self harmed', "sh'ing": 'self harming',
  shing: 'self harming', nssi: 'self harm',
  // frequent misspellings of words the rules key on
  kil: 'kill', kll: 'kill', kiil: 'kill', kiled: 'killed', kiling: 'killing', myslef: 'myself',
  mysef: 'myself', myselfe: 'myself', mysefl: 'myself', myslf: 'myself', mysel: 'myself',
  overdoze: 'overdose', overdoseing: 'overdosing', overdozing: 'overdosing', atempted: 'attempted',
  attemped: 'attempted', attempeted: 'attempted', atempt: 'attempt', attemp: 'attempt',
  cutt: 'cut', cuting: 'cutting', pils: 'pills', razer: 'razor',
  wrsits: 'wrists', wirsts: 'wrists', hurtng: 'hurting', selfharm: 'self harm',
  dissapear: 'disappear', dissappear: 'disappear', disapear: 'disappear', dissapeared: 'disappeared',
  dissappeared: 'disappeared', disapeared: 'disappeared', burdon: 'burden', affiars: 'affairs',
  agian: 'again', wnat: 'want', waht: 'what', becuase: 'because', becasue: 'because',
  somtimes: 'sometimes', alot: 'a lot', realy: 'really', wk: 'week', wks: 'weeks', mos: 'months',
  nuthin: 'nothing',
};

/**
 * "-ing" words spoken without their g ("jumpin", "wantin") are read with it when the word with
 * the g is one the rules or the screen know. These words end in "in" and are words of their own.
 */
export const DROPPED_G_PROTECTED: ReadonlySet<string> = new Set([
  'aspirin', 'heroin', 'insulin', 'melatonin', 'raisin', 'basin', 'robin', 'margin', 'origin',
  'cousin', 'within', 'begin', 'cabin', 'coffin', 'muffin', 'satin', 'latin', 'resin', 'admin',
  'thin', 'skin', 'spin', 'twin', 'chin', 'shin', 'grin', 'akin',
]);

/** Multi-word rewrites, applied to token sequences after the single-token ones. */
export const PHRASE_REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['my self', 'myself'],
  ['self delete', 'kill myself'],
  ['self deleting', 'killing myself'],
  ['sewer slide', 'suicide'],
  ['i been', 'i have been'],
  ['sh urges', 'self harm urges'],
  ['sh urge', 'self harm urge'],
  ['on sh', 'on self harm'],
  ['to sh', 'to self harm'],
  ['from sh', 'from self harm'],
  ['with sh', 'with self harm'],
  ['my sh', 'my self harm'],
  ['sh again', 'self harm again'],
  ['sh scars', 'self harm scars'],
  ['sh relapse', 'self harm relapse'],
];

/**
 * Key words whose misspellings are caught by edit distance (typos not in the table above).
 * Only long words: short ones have too many real neighbours ("kill" ~ "bill", "will").
 */
export const FUZZY_TARGETS: readonly string[] = [
  'suicide', 'suicidal', 'myself', 'overdose', 'overdosed', 'overdosing', 'attempted', 'attempt',
  'killing', 'hanging', 'wrists',
];

/** Real words that must never be "corrected" into a fuzzy target. */
export const FUZZY_PROTECTED: ReadonlySet<string> = new Set([
  'himself', 'herself', 'itself', 'attempts', 'billing', 'filling', 'willing', 'milling',
  'hinging', 'banging', 'ranging', 'changing', 'wrist', 'writs', 'suicides', 'overdoses',
  'attempting', 'tempted', 'attended', 'attacked', 'attested', 'adapted', 'kilting', 'skilling',
  'ranking', 'thyself', 'yourself', 'oneself',
]);

/** Clinician text is read from the client's side: "you" becomes the speaker the rules look for. */
export const PERSPECTIVE_SWAP: Record<string, string> = {
  you: 'i', your: 'my', yours: 'mine', yourself: 'myself', yourselves: 'ourselves',
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
};

export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nunca', 'jamas', 'ni',
  'tampoco', 'nadie', 'nada',
]);

/** A negator directly followed by one of these does not negate what comes after ("can't stop thinking"). */
export const NEGATION_CANCELLERS: ReadonlySet<string> = new Set([
  'stop', 'help', 'quit', 'know', 'sure', 'care', 'only', 'matter', 'wait', 'seem', 'lie',
  'stopped', 'shake', 'escape', 'get', 'tell', 'telling', 'told', 'sabe', 'se', 'puedo', 'dejo',
  'one',
]);

/** Verbs after which a negated clause still negates the subordinate one ("I don't think I'd…"). */
export const NEGATION_RAISERS: ReadonlySet<string> = new Set([
  'think', 'believe', 'expect', 'see', 'imagine', 'plan', 'intend', 'creo', 'pienso',
]);

/** Subjects that are the speaker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'myself', 'we', 'us', 'our', 'yo', 'mi', 'mis',
]);

/** Subjects that are someone else: the disclosure is not the speaker's own risk. */
export const OTHER_PERSON: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'you', 'your', 'people', 'someone',
  'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'person', 'persons', 'friend',
  'friends', 'bestie', 'brother', 'bro', 'sister', 'sis', 'mom', 'mother', 'dad', 'father',
  'parent', 'parents', 'son', 'daughter', 'kid', 'kids', 'child', 'children', 'baby', 'cousin',
  'uncle', 'aunt', 'auntie', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'nana',
  'husband', 'wife', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'ex', 'roommate',
  'coworker', 'colleague', 'boss', 'neighbor', 'neighbour', 'client', 'clients', 'patient',
  'patients', 'man', 'woman', 'guy', 'girl', 'boy', 'dude', 'lady', 'classmate', 'teacher',
  'student', 'character', 'characters', 'player', 'protagonist', 'villain', 'hero', 'heroine',
  'narrator', 'singer', 'song', 'lyrics', 'movie', 'film', 'show', 'book', 'novel', 'story',
  'episode', 'poem', 'album', 'podcast', 'documentary', 'video', 'el', 'ella', 'ellos', 'ellas',
  'women', 'men', 'girls', 'boys', 'teens', 'teenagers', 'adults', 'users', 'folks', 'others',
  'amigo', 'amiga', 'hermano', 'hermana', 'mama', 'papa', 'madre', 'padre', 'hijo', 'hija',
  'esposo', 'esposa', 'novio', 'novia', 'primo', 'prima', 'tio', 'tia', 'alguien', 'gente',
]);

/** Third-person singular verbs: "Jess has been cutting" is about Jess even without a pronoun. */
export const THIRD_SINGULAR_VERBS: ReadonlySet<string> = new Set([
  'has', 'is', 'does', 'wants', 'keeps', 'says', 'feels', 'thinks', 'tries', 'needs', 'seems',
  'gets', 'talks', 'hates', 'likes', 'wishes', 'plans', 'threatens', 'quiere', 'dice',
  'intento', 'trato',
]);

/** Person nouns that can be the object of violence or abuse. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'boss', 'husband', 'wife', 'ex', 'dad', 'father', 'mom', 'mother', 'brother', 'brothers',
  'sister', 'sisters', 'son', 'sons', 'daughter', 'daughters', 'kid', 'kids', 'baby', 'babies',
  'child', 'children', 'teacher', 'teachers', 'coworker', 'coworkers', 'colleague', 'colleagues',
  'neighbor', 'neighbour', 'neighbors', 'neighbours', 'roommate', 'roommates', 'boyfriend',
  'girlfriend', 'partner', 'stepdad', 'stepfather', 'stepmom', 'stepmother', 'uncle', 'aunt',
  'cousin', 'cousins', 'friend', 'friends', 'guy', 'guys', 'girl', 'girls', 'man', 'men', 'woman',
  'women', 'lady', 'dude', 'bitch', 'bastard', 'asshole', 'manager', 'supervisor', 'landlord',
  'family', 'classmate', 'classmates', 'student', 'students', 'cop', 'cops', 'officer', 'nurse',
  'doctor', 'toddler', 'niece', 'nephew', 'grandson', 'granddaughter', 'stepson', 'stepdaughter',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'nana', 'granny', 'parents', 'parent',
  'people', 'person', 'fiance', 'fiancee', 'wifey', 'hubby', 'kids', 'boy', 'boys', 'bully',
  'bullies', 'ex-boyfriend', 'exboyfriend', 'exgirlfriend', 'guard', 'guards', 'teammate',
  'teammates', 'mate', 'bro', 'brother-in-law', 'inlaws', 'in-laws', 'employer', 'coach',
  'pastor', 'priest', 'stepbrother', 'stepsister', 'twin', 'infant', 'newborn', 'everyone',
  'everybody', 'someone', 'somebody', 'anybody', 'anyone', 'him', 'her', 'them',
]);

export const CHILD_NOUNS: ReadonlySet<string> = new Set([
  'son', 'sons', 'daughter', 'daughters', 'kid', 'kids', 'child', 'children', 'baby', 'babies',
  'toddler', 'toddlers', 'niece', 'nephew', 'grandson', 'granddaughter', 'stepson',
  'stepdaughter', 'infant', 'newborn', 'hijo', 'hija', 'hijos', 'hijas', 'nino',
  'nina', 'ninos', 'ninas', 'bebe', 'sobrino', 'sobrina', 'nieto', 'nieta',
]);

export const ELDER_NOUNS: ReadonlySet<string> = new Set([
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'nana', 'granny', 'grandparents',
  'grandad', 'granddad', 'grampa', 'gramps', 'grandpop', 'nan', 'nanna', 'gran', 'carer', 'carers',
  'abuela', 'abuelo', 'abuelita', 'abuelito', 'elderly', 'dementia', 'alzheimers', 'alzheimer',
  'pension', 'nursing', 'caregiver', 'aide',
]);

/** Words that make "little brother", "my six-year-old" etc. a child. */
export const CHILD_MARKERS: ReadonlySet<string> = new Set(['little', 'baby', 'young', 'younger', 'infant']);

/** Bare words after a harm verb that are not people ("kill time", "hit the gym"). */
export const NON_PERSON_OBJECTS: ReadonlySet<string> = new Set([
  'time', 'it', 'that', 'this', 'these', 'those', 'for', 'off', 'two', 'some', 'a', 'an', 'the',
  'everything', 'something', 'anything', 'nothing', 'myself', 'me', 'us', 'up', 'back', 'down',
  'out', 'in', 'on', 'at', 'to', 'with', 'by', 'and', 'or', 'but', 'so', 'yourself', 'himself',
  'herself', 'themselves', 'ourselves', 'vibe', 'mood', 'lights', 'weeds', 'bugs', 'roaches',
  'flies', 'spiders', 'germs', 'plants', 'zombies', 'monsters', 'enemies', 'dragons', 'mobs',
  'again', 'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'hard', 'first', 'last', 'all',
  'my', 'your', 'his', 'her', 'their', 'our', 'of', 'if', 'when', 'like', 'just', 'really',
  'gym', 'road', 'wall', 'walls', 'door', 'head', 'ball', 'bottle', 'sack', 'hay', 'books',
  'snooze', 'button', 'record', 'deadline', 'target', 'goal', 'jackpot', 'shot', 'shots',
  'photo', 'photos', 'video', 'hoops', 'pool', 'floor', 'bed', 'own', 'way', 'not', 'never',
  'over', 'from', 'about', 'into', 'onto', 'really', 'so', 'very', 'too', 'much',
  // chat tags that close a clause ("wanna unalive ngl")
  'ngl', 'tbh', 'fr', 'lol', 'lmao', 'imo', 'smh', 'idk', 'rn', 'lowkey', 'highkey', 'tho', 'though',
  'honestly', 'bruh', 'fam', 'istg', 'deadass', 'periodt', 'fml',
]);

/** Capitalised words that are not people: days, months, games, drugs, places in common use. */
export const NON_PERSON_PROPER: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'god', 'fortnite', 'minecraft', 'roblox', 'valorant', 'overwatch',
  'halo', 'zelda', 'mario', 'tylenol', 'advil', 'christmas', 'easter', 'thanksgiving',
]);

/** Media and games: harm inside them is not a disclosure. */
export const MEDIA_WORDS = [
  'game', 'games', 'video game', 'movie', 'movies', 'film', 'show', 'tv', 'series', 'episode',
  'book', 'novel', 'story', 'comic', 'anime', 'manga', 'season', 'level', 'match', 'round',
  'fortnite', 'minecraft', 'call of duty', 'cod', 'gta', 'roblox', 'valorant', 'overwatch', 'apex',
  'league', 'elden ring', 'halo', 'zelda', 'mario', 'sims', 'pubg', 'warzone', 'dnd',
  'dungeons and dragons', 'netflix', 'song', 'lyrics', 'podcast', 'documentary', 'play', 'musical',
];

export const DAY_NAMES = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, couple: 2, few: 3, several: 5, many: 8, un: 1, una: 1, uno: 1,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  unos: 3, unas: 3, pocos: 3, pocas: 3, varios: 5, varias: 5, muchos: 8, muchas: 8,
};

/** Drug names that make "took 30 of my …" an overdose. */
export const DRUG_NAMES = [
  'sertraline', 'zoloft', 'prozac', 'fluoxetine', 'lexapro', 'escitalopram', 'citalopram',
  'celexa', 'paxil', 'paroxetine', 'wellbutrin', 'bupropion', 'effexor', 'venlafaxine',
  'cymbalta', 'duloxetine', 'xanax', 'alprazolam', 'ativan', 'lorazepam', 'klonopin',
  'clonazepam', 'valium', 'diazepam', 'ambien', 'zolpidem', 'seroquel', 'quetiapine', 'lithium',
  'lamictal', 'lamotrigine', 'abilify', 'tylenol', 'acetaminophen', 'paracetamol', 'advil',
  'ibuprofen', 'aspirin', 'benadryl', 'insulin', 'oxy', 'oxys', 'oxycodone', 'oxycontin',
  'percocet', 'vicodin', 'hydrocodone', 'fentanyl', 'tramadol', 'gabapentin', 'adderall',
  'trazodone', 'melatonin', 'nyquil', 'amitriptyline', 'mirtazapine', 'remeron',
];
