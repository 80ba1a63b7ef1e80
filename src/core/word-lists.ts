/**
 * Word lists that decide how much a question word says about the passage it wants.
 * They are about English questions in general, never about one article.
 */

/** Function words: they carry no topic, so they neither match nor count against coverage. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being
  below between both but by can could did do does doing done down during each either else ever few
  for from further had has have having he her here hers herself him himself his how however i if in
  into is it its itself just let me might more most must my myself neither no nor not now of off on
  once only or other ought our ours ourselves out over own per same shall she should so some such
  than that the their theirs them themselves then there these they this those through to too under
  until up upon us very was we were what whatever when where whether which while who whom whose why
  will with within without would yet you your yours yourself yourselves also anyone anything
  someone something get got s t d ll m re ve tell please know want many much im ive youre youve
  dont doesnt didnt isnt wasnt arent werent cant couldnt wouldnt shouldnt hasnt havent hadnt wont aint
  theyre thats whats heres theres lets gonna wanna gotta besides beside regarding concerning alongside
  toward towards along amid amidst among amongst around behind beyond despite except onto via versus
  unlike whereas although though unless throughout apart instead anywhere somewhere everywhere nowhere
  ones behalf lieu vs`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs of saying. News text reports speech with many interchangeable verbs ("urged", "said",
 * "called on"), so in "who urged restraint" the topic is "restraint", not the verb.
 * They still count a little, to break ties between passages that share the topic. Not "state" or
 * "states": in news they are mostly the noun ("the United States", "member states", "Islamic
 * State"), only "stated" and "stating" the verb.
 */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told urge urges urged urging call calls called calling ask asks
  asked asking stated declare declares declared announce announces announced add adds
  added voice voiced express expressed claim claims claimed note noted comment commented speak
  speaks spoke spoken mention mentioned remark remarked reply replied respond responded insist
  insisted suggest suggested describe described talk talked talking react reacts reacted reacting
  reaction reactions response responses responds responding replies replying voicing stating
  declaring announcing adding expresses expressing noting commenting speaking remarking insists
  insisting suggests suggesting describes describing predict predicts predicted predicting
  declaration declarations announcement announcements mentions mentioning remarks comments stance
  stances opinion opinions views quote quotes quoted quoting`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that frame a question rather than name its topic ("what does X stand for", "what is the
 * name of ...", "how bad was it compared to ...", "what was it mainly about"). Weighted like
 * reporting words.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  `mean means meant meaning stand stands happen happens happened happening name names named kind type
  sort exactly really actually thing things stuff number article text story news report
  according summary summarize summarise gist recap tldr overview synopsis list roughly approximately
  approx information info details detail compare compared compares comparing comparison basically
  specifically specific particular particularly mainly overall exact precisely generally currently
  presently nowadays lately outcome outcomes piece achieve achieves achieved achieving accomplish
  accomplishes accomplished acronym acronyms abbreviation initialism`
    .split(/\s+/)
    .filter(Boolean),
);

/** The determiners that say whose: "his best", "which of their ferries". */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['my', 'your', 'his', 'her', 'its', 'our', 'their'];

/** Nouns of a point in time after "at the" ("at the end", "at the time"): they frame a question. */
export const POSITIONS_IN_TIME: ReadonlySet<string> = new Set(['end', 'start', 'beginning', 'outset', 'close', 'time']);

/** The words that open a question asking for something ("who", "what", "how"), not yes or no. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
]);

/**
 * Words that ask for the article's backing, not about its topic: a question of them alone
 * ("source?", "link?", "context?") names no topic. In a question that names one they are topic
 * words ("the source of the outbreak").
 */
export const BACKING_WORDS: ReadonlySet<string> = new Set(
  'source sources link links proof context citation citations explain evidence'.split(' '),
);

/** The forms of "be" that join a question word to what it asks about: "who is", "what was". */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** The words a yes-or-no question opens with: "did he ...", "is it ...", "could they ...". */
export const YES_NO_OPENERS: ReadonlySet<string> = new Set(
  'is are was were am do does did can could will would shall should has have had may might must'.split(' '),
);

/** How much a word of each class weighs in coverage and ranking. */
/** Periods a rate is per ("a year", "every day"), in a question and in a passage alike. */
export const PERIODS: readonly string[] = ['year', 'month', 'week', 'day', 'night', 'decade'];
/** Words saying how often by themselves ("annually"). */
export const PERIODICALLY: readonly string[] = ['annually', 'yearly', 'monthly', 'weekly', 'daily', 'nightly'];
/** After "a year" or "a day", words that make it say when, not how often ("a year ago", "a day later"). */
export const WHEN_AFTER_PERIOD: readonly string[] = ['ago', 'earlier', 'later', 'before', 'after'];

export const WEIGHT = { content: 1, weak: 0.3 } as const;
/** A question word weighing at least this much names a topic of its own. */
export const WEIGHTY = 0.5;

/**
 * What kind of answer a question wants. A date comes in five kinds: any date or time ("when is
 * it expected"), one in the past ("when did it happen": "soon" is no answer), or one as precise as
 * asked ("what year": a year; "which month": a month; "which day", "what date": a day; "what
 * time did it happen": a time of day, "8:30 p.m.", "in the evening"). "How old"
 * wants an age, "how tall" a measure; "how do I ..." wants instructions to the asker, which news
 * rarely gives. "Who is the ..." of a post in a place wants the name of whoever holds it (a
 * holder), which no country's or people's name is.
 */
export type AnswerKind =
  | 'time'
  | 'pastTime'
  | 'year'
  | 'month'
  | 'day'
  | 'clock'
  | 'duration'
  | 'place'
  | 'quantity'
  | 'money'
  | 'person'
  | 'name'
  | 'holder'
  | 'age'
  | 'measure'
  | 'instructions';

/** Nouns that, opening a question, say what kind of answer it wants: "number of ...", "date of ...". */
export const KIND_NOUNS: ReadonlyMap<string, AnswerKind> = new Map([
  ['number', 'quantity'],
  ['amount', 'quantity'],
  ['population', 'quantity'],
  ['toll', 'quantity'],
  ['length', 'duration'],
  ['duration', 'duration'],
  ['date', 'time'],
  ['location', 'place'],
  ['place', 'place'],
]);

/**
 * Posts that only a person holds: "who is tunisia's president" wants a name, where "who is
 * malawi's largest trading partner", "its neighbours", "its closest ally" may be countries.
 */
export const POSTS: ReadonlySet<string> = new Set(
  `president presidents premier chancellor minister ministers secretary leader leaders mayor governor
  governors king queen monarch ruler ambassador envoy chief head ceo chairman chairwoman chairperson
  director captain coach manager commander spokesman spokeswoman spokesperson founder boss`.split(/\s+/),
);

/**
 * Words for whoever heads a body, whatever their title: "the NATO chief" is its "Secretary
 * General", "the Armenian leader" its "President".
 */
export const HEAD_WORDS: ReadonlySet<string> = new Set('chief head boss leader'.split(' '));

/** The posts (of POSTS) that head a body, which a word of HEAD_WORDS may stand for. */
export const HEADING_POSTS: ReadonlySet<string> = new Set(
  `president premier chancellor secretary leader mayor governor king queen monarch ruler chief head ceo
  chairman chairwoman chairperson director commander boss`.split(/\s+/),
);

/**
 * Verbs whose object is a thought, which may negate or date what it will: "why does he think it
 * won't work", "did he think it would eventually pass".
 */
export const THINKING_WORDS: ReadonlySet<string> = new Set(
  `think thinks thought believe believes believed feel feels felt argue argues argued fear fears feared
  hope hopes hoped expect expects expected worry worries worried warn warns warned admit admits admitted`.split(/\s+/),
);
