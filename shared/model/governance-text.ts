/**
 * A deterministic generator of realistic governance text for benchmarks and
 * fixtures: a long agreement in the toolkit's vocabulary, with numbered articles
 * and sections, paragraphs, numbered clauses, bulleted lists, a table about
 * every twenty pages and some bold and italic runs. The same seed always gives
 * the same document; no clock and no global randomness are used.
 */
import type { Block, BlockList } from './template';
import { countCharacters } from './template';
import { bullets, h1, h2, numbered, p, quote, table } from './templates/blocks';
import { seededRandom } from './seeded-random';

export interface GovernanceTextOptions {
  seed: number;
  /** Characters of text to aim for; the result lands just under it (a page is about 3,000). */
  targetCharacters: number;
}

const CHARACTERS_PER_PAGE = 3_000;
const PAGES_BETWEEN_TABLES = 20;

class Dice {
  constructor(private readonly next: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------
// Phrase pools
// ---------------------------------------------------------------------------

const ACTORS = [
  'the Steering Committee',
  'each Member',
  'the Secretariat',
  'the Chair',
  'the Co-Chair',
  'the Treasurer',
  'the anchor organisation',
  'every delegate',
  'the Reception Working Group',
  'the Livelihoods Working Group',
  'the Advocacy Working Group',
  'the Review Panel',
  'the General Assembly',
  'the Network Coordinator',
  'the communications focal point',
  'the data protection focal point',
  'the Finance Subcommittee',
  'the Safeguarding Lead',
  'the host organisation of the annual meeting',
] as const;

const WORKING_GROUPS = [
  'Reception Working Group',
  'Livelihoods Working Group',
  'Advocacy Working Group',
  'Youth Working Group',
  "Women's Leadership Working Group",
  'Learning and Evaluation Working Group',
] as const;

const ACTIONS = [
  'circulate the draft agenda to all Members',
  'keep an up-to-date register of Members and observers',
  'publish the adopted minutes in the shared workspace',
  'record every decision in the decision log, together with the method used',
  'report on income and expenditure against the adopted budget',
  'consult the governing body of the Member concerned before a position is taken',
  'share practice guides and training materials with the other Members',
  'prepare a written proposal setting out the options considered',
  'inform the Secretariat of any change of delegate or alternate',
  'facilitate a round of the *Gradients of Agreement* before a proposal is adopted',
  'check that the quorum is met before any decision is taken',
  'seek the informed consent of any person whose data is to be shared',
  'review the risk register and propose measures to reduce each risk',
  'submit a short narrative report on the activities led',
  'invite observers whose expertise is relevant to the agenda',
  'ensure that interpretation is available in the working languages of the Network',
  'coordinate joint activities with local authorities and service providers',
  'make meeting notes, agendas and reports accessible to every Member',
  'convene a meeting of the Steering Committee at the request of two Members',
  'maintain the list of actors identified in the power map of the Network',
  'update the *spectrum of allies* after each phase of a campaign',
  'hand over all records and open tasks at the end of each term',
  'declare any conflict of interest before the relevant item is discussed',
  'organise a space for dialogue and reflection',
  'propose the annual work plan for adoption',
] as const;

const TIMEFRAMES = [
  'within ten working days',
  'no later than seven days before each ordinary meeting',
  'at least once per quarter',
  'before the end of each financial year',
  'as soon as reasonably possible',
  'within forty-eight hours',
  'at every ordinary meeting',
  'each year before the annual in-person meeting',
  'within one month of the decision',
  'before any commitment of joint funds',
  'without undue delay',
  'within five working days',
] as const;

const CONDITIONS = [
  'Where consensus cannot be reached after two rounds of discussion,',
  'Unless these Terms of Reference provide otherwise,',
  'If a Member raises a reasoned objection,',
  'Where a matter is urgent and cannot wait for the next meeting,',
  'In the absence of the Chair,',
  'When a new Member joins the Network,',
  'If the quorum is not met,',
  'Where personal data is involved,',
  'Subject to the budget adopted by the Steering Committee,',
  'Where a working group is unable to agree,',
  'In case of a conflict of interest,',
  'Once a proposal has been circulated,',
  'When this Memorandum is reviewed,',
  'If a Member fails to meet its commitments for two consecutive quarters,',
] as const;

const PURPOSES = [
  'so that every Member can follow how decisions are taken and by whom',
  'in order to build trust and transparency between Members',
  'to amplify the voices of refugees and migrants',
  'so that the Network can respond quickly to changing conditions',
  'in order to avoid duplication of effort between Members',
  'so that smaller organisations can take part on an equal footing',
  'to keep the Network focused on the change it wants to achieve',
  'so that no Member carries a disproportionate share of the work',
  'in line with the General Data Protection Regulation',
  'to strengthen a culture of mutual accountability',
] as const;

const OBJECTS = [
  'annual work plan',
  'joint budget',
  'communication strategy',
  'welcome guide for new arrivals',
  'mentoring programme',
  'risk register',
  'decision log',
  'register of Members',
  'theory of change',
  'power map',
  'advocacy position paper',
  'safeguarding policy',
  'data-sharing protocol',
  'annual report',
] as const;

const FORBIDDEN = [
  'speak on behalf of the Network',
  'commit joint funds',
  'share personal data received from another Member',
  'use the name or logo of the Network',
  'sign an agreement in the name of the Network',
  'disclose information marked as confidential',
  'invite the media to a closed meeting',
] as const;

const INSIGHTS = [
  'building a network is a lengthy and resource-intensive task',
  'trust is the glue that holds social relationships together',
  'tensions and disagreements are part of the everyday reality of any alliance',
  'structures must stay flexible enough to respond to change',
  'collective leadership depends on shared responsibilities and participation',
  'internal relationships are crucial to the success of any shared campaign',
  'unequal resources and capacities can create power imbalances between Members',
  'diaspora communities are diverse and are not defined only by national or ethnic lines',
  'networks come to life through joint action',
  'time spent on internal processes must be balanced with action',
  'transparency in decision-making is essential to build trust',
  'a shared purpose keeps Members committed to each other',
] as const;

const DEFINITIONS: readonly (readonly [string, string])[] = [
  ['Member', 'an organisation admitted to the Network in accordance with the article on membership'],
  ['Delegate', 'the person appointed by a Member to represent it in the Steering Committee'],
  ['Alternate', 'the person appointed by a Member to replace its delegate when the delegate cannot attend'],
  ['Observer', 'an organisation or individual invited to take part in meetings without taking part in decisions'],
  ['Consensus', 'a decision that no delegate blocks and that a large majority of delegates support'],
  ['Consent', 'the absence of any reasoned objection to a proposal within the time allowed'],
  ['Quorum', 'the minimum number of Members that must be represented for a decision to be valid'],
  ['Personal Data', 'any information relating to an identified or identifiable natural person'],
  ['Joint Activity', 'an activity planned, carried out and reported on by two or more Members together'],
  ['Anchor Organisation', 'the Member that holds joint funds and hosts the Secretariat on behalf of the Network'],
  ['Working Group', 'a group of staff and volunteers of Members set up to prepare proposals on one theme'],
  ['Decision Log', 'the append-only record of decisions kept by the Secretariat'],
  ['Confidential Information', 'information that a Member has marked as not to be passed on outside the Network'],
];

/** Plural-agreeing references, so sentences read correctly with any of them. */
const DOCUMENT_REFS = ['these Rules', 'these Terms of Reference', 'these provisions'] as const;
const PURPOSE_GOALS = [
  'share information, practice and contacts on refugee reception and livelihoods',
  'coordinate joint action between diaspora and refugee-support organisations',
  'amplify the voices of refugees and migrants towards decision-makers',
  'strengthen the capacities of smaller Member organisations',
] as const;
const VISIONS = [
  'people who arrive as refugees are received with dignity',
  'refugee-led organisations have a say in the policies that affect them',
  'newcomers can build a secure livelihood within a few years of arrival',
] as const;
const ELIGIBILITY = [
  'are led by, or work with, diaspora, refugee or migrant communities',
  'share the purpose of the Network and accept its Terms of Reference',
  'are active in at least one of the cities covered by the Network',
] as const;
const INFO = [
  'agendas, minutes and reports',
  'practice guides and training materials',
  'aggregated, anonymous figures about the people they support',
  'contacts of relevant public bodies',
  'updates on policy developments affecting refugees',
  'information about funding opportunities',
] as const;
const CHANNELS = [
  'through the shared workspace of the Network',
  'by email to all delegates',
  'at each ordinary meeting',
  'through the internal newsletter',
  'in the monthly update of the Secretariat',
] as const;
const DATA_SUBJECTS = [
  'refugees and people seeking asylum',
  'volunteers',
  'delegates and alternates',
  'participants in joint activities',
  'mentors and mentees',
] as const;
const CITIES = [
  'Berlin',
  'Lyon',
  'Manchester',
  'Brussels',
  'Malmö',
  'Rotterdam',
  'Milan',
  'Vienna',
  'Lisbon',
  'Athens',
  'Marseille',
  'Birmingham',
  'Gothenburg',
  'Utrecht',
] as const;
const TOPICS = [
  'refugee reception',
  'access to decent work',
  'language learning',
  'housing support',
  'legal advice',
  'mental health and psychosocial support',
  'youth participation',
  "women's leadership",
  'family reunification',
  'recognition of qualifications',
] as const;
const LOCAL_PARTNERS = [
  'the municipal integration office',
  'local employment services',
  'volunteer language schools',
  'housing associations',
  'community health centres',
  'adult education colleges',
] as const;
const ACTOR_GROUPS = [
  'local employers',
  'municipal councillors',
  'faith communities',
  'student associations',
  'trade unions',
  'local media',
  'housing providers',
  'regional education authorities',
] as const;
const STRATEGIES: readonly (readonly [string, string, string])[] = [
  ['high', 'low', 'awareness raising'],
  ['high', 'high', 'partnership'],
  ['low', 'high', 'capacity development'],
  ['low', 'low', 'monitoring'],
];
const CHANGE_ACTIONS = [
  'we run workshops that inform newcomers about their rights at work',
  'we build a coalition with other refugee-led organisations',
  'we train mentors from the diaspora in each city',
  'we publish joint figures on waiting times for asylum decisions',
  'we meet municipal councillors together rather than separately',
] as const;
const CHANGE_RESULTS = [
  'more newcomers will find decent work within their first year',
  'we will mobilise different migrant constituencies',
  'local authorities will consult refugee-led organisations before changing services',
  'the voice of the Network will carry further than that of any single Member',
  'fewer people will fall through the gaps between services',
] as const;
const CHANGE_REASONS = [
  'our member organisations are trusted in their communities',
  'the lack of information is one of the main barriers newcomers face',
  'decision-makers respond to coordinated and well-documented demands',
  'peer support from people with similar experiences builds confidence',
  'joint action spreads the risk carried by each Member',
] as const;
const TASKS = [
  'the preparation of the agenda',
  'the drafting of the minutes',
  'the follow-up of action items',
  'contacts with funders',
  'the organisation of the annual meeting',
] as const;
const MAJORITIES = ['a simple majority', 'a two-thirds majority', 'a three-quarters majority'] as const;
const MEETING_TYPES = [
  'ordinary meetings of the Steering Committee',
  'extraordinary meetings',
  'meetings of the General Assembly',
  'meetings of a working group',
] as const;
const FRACTIONS = ['more than half', 'two thirds', 'at least one third', 'a majority'] as const;
const FINANCIAL_DOCUMENTS = [
  'a statement of income and expenditure',
  'the draft annual budget',
  'the annual accounts',
  'a cash-flow forecast for the next quarter',
] as const;
const IN_KIND = ['meeting rooms', 'interpretation', 'staff time', 'printing', 'transport for participants'] as const;
const VALUES = [
  'trust',
  'solidarity',
  'transparency',
  'mutual accountability',
  'inclusion',
  'respect for autonomy',
  'dignity',
] as const;
const BEHAVIOURS = [
  'listen before responding',
  'share credit for joint successes',
  'raise concerns early and in the right forum',
  'keep its commitments or explain promptly why it cannot',
  'make space for marginalised voices',
] as const;
const ACTIVITIES = [
  'joint campaigns',
  'the mentoring programme',
  'the annual meeting',
  'training for new delegates',
  'the review of this Memorandum',
  'outreach to neutral actors',
] as const;
const ALLIES = [
  'trade unions',
  'universities',
  'faith-based organisations',
  'local authorities',
  'human rights organisations',
  "employers' associations",
] as const;
const EVENTS = [
  'changes in national policy',
  'new funding calls',
  'changes of staff',
  'security incidents',
  'requests from the media',
] as const;
const LANGUAGES = ['English, French and Arabic', 'English and French', 'English, Arabic and Tigrinya'] as const;
const SPACES = [
  'a meeting of the Steering Committee',
  'a dedicated reflection session',
  'a small group agreed by the Members concerned',
] as const;
const MEDIATORS = ['an independent facilitator', 'a Member not involved in the dispute', 'the Review Panel'] as const;
const DECISION_RULES = [
  'the consensus of all Members',
  'a two-thirds majority of the Steering Committee',
  'the consent of the Steering Committee',
] as const;
const WG_TASKS = [
  'keeping a record of its meetings',
  'reporting progress against the work plan',
  'preparing proposals in writing',
  'welcoming new participants',
] as const;
const RECORDS = [
  'attendance at each meeting',
  'declared conflicts of interest',
  'agreed actions and their status',
  'the endorsements of each version of this Memorandum',
] as const;

/** Formatted by hand: number formatting through Intl could differ between runtimes. */
const money = (dice: Dice): string => `€${String(dice.int(2, 40) * 50).replace(/\B(?=(\d{3})+$)/g, ',')}`;

// ---------------------------------------------------------------------------
// Sentence templates (markup: **bold**, *italic*), grouped by the article they suit
// ---------------------------------------------------------------------------

type Sentence = (dice: Dice) => string;

type Topic =
  | 'purpose'
  | 'definitions'
  | 'membership'
  | 'structure'
  | 'roles'
  | 'decisions'
  | 'meetings'
  | 'communication'
  | 'data'
  | 'budget'
  | 'activities'
  | 'strategy'
  | 'culture'
  | 'conflict'
  | 'safeguarding'
  | 'evaluation'
  | 'review';

const SENTENCES: Record<Topic, readonly Sentence[]> = {
  purpose: [
    (d) => `The Network recognises that ${d.pick(INSIGHTS)}.`,
    (d) => `*If* ${d.pick(CHANGE_ACTIONS)}, *then* ${d.pick(CHANGE_RESULTS)}, *because* ${d.pick(CHANGE_REASONS)}.`,
    (d) => `The Network exists to ${d.pick(PURPOSE_GOALS)}.`,
    (d) => `The shared vision of the Network is a society in which ${d.pick(VISIONS)}.`,
    (d) =>
      `The Network shall give particular attention to ${d.pick(TOPICS)} in ${d.pick(CITIES)} during the period covered by the annual work plan.`,
    (d) => `The Network shall avoid duplicating services that Members already provide in ${d.pick(CITIES)}.`,
    (d) => `Members retain their own identity, governance and independent activities; ${d.pick(DOCUMENT_REFS)} cover joint work only.`,
  ],
  definitions: [
    (d) => {
      const [term, meaning] = d.pick(DEFINITIONS);
      return `For the purposes of ${d.pick(DOCUMENT_REFS)}, **${term}** means ${meaning}.`;
    },
    (d) => `Headings are for convenience only and do not affect the interpretation of ${d.pick(DOCUMENT_REFS)}.`,
    () => 'Words in the singular include the plural, and words in the plural include the singular.',
    (d) => `A reference to an Article is a reference to an Article of ${d.pick(DOCUMENT_REFS)}.`,
  ],
  membership: [
    (d) => `Membership is open to not-for-profit organisations that ${d.pick(ELIGIBILITY)}.`,
    (d) => `The admission of a new Member shall require ${d.pick(DECISION_RULES)}.`,
    (d) =>
      `A Member may withdraw from the Network by giving ${d.pick(['four', 'six', 'eight', 'twelve'])} weeks' written notice to the Secretariat.`,
    () =>
      'On withdrawal, a Member shall complete or hand over the joint tasks it has taken on and return any materials belonging to the Network.',
    () => 'Observers may speak at meetings with the permission of the Chair but shall not take part in decisions.',
    () => 'A delegate may represent only one Member at any meeting.',
    () => "Where a Member's delegate cannot attend, the alternate shall attend with the same rights.",
    (d) =>
      `A Member that fails to meet its commitments for two consecutive quarters may be suspended by ${d.pick(DECISION_RULES)}, after being heard.`,
  ],
  structure: [
    () => 'The Steering Committee shall consist of one delegate and one alternate from each Member.',
    (d) => `The ${d.pick(WORKING_GROUPS)} shall consist of at least ${d.pick(['three', 'four', 'five'])} Members and shall choose its own lead.`,
    (d) => `The lead of each working group shall be responsible for ${d.pick(WG_TASKS)}.`,
    () =>
      'Working groups may co-opt individuals with relevant expertise, who shall take part without the right to block decisions.',
    (d) => `The Steering Committee may establish task forces for a limited period to carry out ${d.pick(ACTIVITIES)}.`,
    () => 'The Network shall avoid building structures and procedures that take energy away from the change it wants to achieve.',
    () => 'Formal procedures shall be kept to the minimum needed to coordinate joint activities and manage shared resources.',
    (d) =>
      `${cap(d.pick(ACTORS))} may delegate ${d.pick(TASKS)} to ${d.pick(ACTORS)}, provided that the delegation is recorded in the minutes.`,
  ],
  roles: [
    (d) => `${cap(d.pick(ACTORS))} shall ${d.pick(ACTIONS)} ${d.pick(TIMEFRAMES)}.`,
    (d) => `${cap(d.pick(ACTORS))} shall ${d.pick(ACTIONS)} ${d.pick(PURPOSES)}.`,
    (d) =>
      `Roles within the Steering Committee shall rotate every ${d.pick(['twelve', 'eighteen', 'twenty-four'])} months, and no person shall hold the same role for more than ${d.pick(['two', 'three'])} consecutive terms.`,
    () => 'The Chair shall ensure that every delegate who wishes to speak is heard before a proposal is tested.',
    () => 'The Chair shall open each meeting by confirming the agenda and checking that the quorum is met.',
    (d) =>
      `${cap(d.pick(ACTORS))} shall make sure that women, young people and smaller organisations have a real opportunity to lead ${d.pick(ACTIVITIES)}.`,
  ],
  decisions: [
    (d) =>
      `Proposals shall be tested using the *Gradients of Agreement*, and any delegate who states a position of ${d.int(5, 7)} or above shall give reasons.`,
    (d) => `A decision shall be deemed adopted by consent where no delegate raises a reasoned objection ${d.pick(TIMEFRAMES)}.`,
    (d) =>
      `The quorum for ${d.pick(MEETING_TYPES)} shall be ${d.pick(FRACTIONS)} of the Members, represented by their delegate or alternate.`,
    (d) => `Where a vote is held, a proposal shall require ${d.pick(MAJORITIES)} of the Members present and voting.`,
    () => 'Decisions taken between meetings shall be reported at the next ordinary meeting and entered in the decision log.',
    (d) => `A proposal that has been blocked may be brought back in an amended form after ${d.pick(['two', 'four', 'eight'])} weeks.`,
    () =>
      'The result of each round of the *Gradients of Agreement* shall be recorded in the minutes, showing how many delegates chose each point of the scale.',
    (d) =>
      `If more than ${d.pick(['a quarter', 'a third'])} of the delegates state serious disagreement, the proposal shall be returned to the ${d.pick(WORKING_GROUPS)} for further work.`,
    (d) =>
      `Where appropriate, the *Level of Commitment* tool shall be used to establish who is ready to contribute time to ${d.pick(ACTIVITIES)}.`,
    (d) => `${d.pick(CONDITIONS)} ${d.pick(ACTORS)} shall ${d.pick(ACTIONS)}.`,
    (d) => `**${cap(d.pick(ACTORS))}** shall not ${d.pick(FORBIDDEN)} unless the Steering Committee has agreed to it in advance.`,
  ],
  meetings: [
    (d) =>
      `Meetings shall be held ${d.chance(0.5) ? 'online' : `in ${d.pick(CITIES)}`} and conducted in ${d.pick(LANGUAGES)}, with interpretation provided on request.`,
    (d) => `Draft minutes shall be circulated ${d.pick(TIMEFRAMES)} and shall be approved at the following meeting.`,
    (d) => `Any Member may add an item to the agenda up to ${d.int(2, 7)} days before the meeting.`,
    () => 'Online meetings shall use tools agreed by the Steering Committee that respect the privacy of participants.',
    (d) =>
      `The Network shall hold an annual in-person meeting, hosted in turn by Members in ${d.pick(CITIES)} and other cities, to review progress and celebrate successes.`,
    (d) => `${cap(d.pick(ACTORS))} shall convene an extraordinary meeting at the written request of ${d.pick(['two', 'three'])} Members.`,
  ],
  communication: [
    (d) => `Members shall share ${d.pick(INFO)} ${d.pick(CHANNELS)}.`,
    (d) => `Joint positions shall be published only after they have been adopted under Article ${d.int(3, 9)}.`,
    (d) => `Requests from the media concerning the Network shall be referred to ${d.pick(ACTORS)}.`,
    (d) => `Members shall inform each other of ${d.pick(EVENTS)} that may affect joint work.`,
    (d) => `The Secretariat shall keep a record of ${d.pick(RECORDS)}, accessible to all Members.`,
    (d) => `Meeting notes, agendas and reports produced by the Network shall be kept for at least ${d.pick(['three', 'five', 'seven'])} years.`,
    (d) => `The working languages of the Network shall be ${d.pick(LANGUAGES)}, and key documents shall be translated accordingly.`,
    () => 'Documents adopted by the Network shall state their version and the date on which they were adopted.',
  ],
  data: [
    (d) =>
      `Personal data of ${d.pick(DATA_SUBJECTS)} shall be shared only where strictly necessary, with the informed consent of the person concerned, and in line with the GDPR.`,
    (d) => `A Member that becomes aware of a data breach affecting shared information shall inform ${d.pick(ACTORS)} ${d.pick(TIMEFRAMES)}.`,
    (d) => `No Member may ${d.pick(FORBIDDEN)} without the prior agreement of ${d.pick(ACTORS)}.`,
    (d) => `Each Member shall designate a focal point for ${d.pick(TOPICS)}, whose contact details shall be shared only with consent.`,
    () => 'Each Member remains the controller of the personal data it holds and is responsible for its own compliance with the GDPR.',
    (d) => `Members may share aggregated, anonymous figures on ${d.pick(TOPICS)} without further consent.`,
  ],
  budget: [
    (d) => `Each Member shall contribute ${money(d)} per year, or an equivalent contribution in kind agreed by the Steering Committee.`,
    (d) => `Expenditure above ${money(d)} shall require the prior approval of ${d.pick(ACTORS)}.`,
    (d) => `The Treasurer shall present ${d.pick(FINANCIAL_DOCUMENTS)} to the Steering Committee ${d.pick(TIMEFRAMES)}.`,
    () =>
      'Joint grants shall be held by the anchor organisation in a separate budget line and spent only in accordance with the adopted budget.',
    (d) => `Contributions in kind, such as ${d.pick(IN_KIND)}, shall be recorded at a value agreed in advance.`,
    (d) =>
      `Travel and subsistence costs of delegates attending ${d.pick(MEETING_TYPES)} shall be reimbursed from the joint budget up to ${money(d)}.`,
    () => 'Funds received for joint activities shall remain with the Network when a Member withdraws.',
  ],
  activities: [
    (d) =>
      `In ${d.pick(CITIES)}, the ${d.pick(WORKING_GROUPS)} shall coordinate its work on ${d.pick(TOPICS)} with ${d.pick(LOCAL_PARTNERS)}.`,
    () =>
      'Before any joint campaign, the Members shall agree on its objective, timeline and method, and on how often they will communicate.',
    (d) => `The ${d.pick(OBJECTS)} shall be reviewed ${d.pick(TIMEFRAMES)} and updated where necessary.`,
    (d) => `The ${d.pick(WORKING_GROUPS)} shall lead ${d.pick(ACTIVITIES)}, with the support of ${d.pick(ACTORS)}.`,
  ],
  strategy: [
    (d) =>
      d.chance(0.5)
        ? `The Network shall seek to move ${d.pick(ACTOR_GROUPS)} from a neutral position towards that of passive allies on the *spectrum of allies*.`
        : `The Network shall encourage ${d.pick(ACTOR_GROUPS)} who already support its cause to become active allies.`,
    (d) => {
      const [influence, support, strategy] = d.pick(STRATEGIES);
      return `Using the power map, the ${d.pick(WORKING_GROUPS)} has identified ${d.pick(ACTOR_GROUPS)} as actors with ${influence} influence and ${support} support, for whom the recommended strategy is **${strategy}**.`;
    },
    (d) => `The Network shall build alliances beyond the diaspora with ${d.pick(ALLIES)} where this serves its shared purpose.`,
    (d) =>
      `The *spectrum of allies* shall be reviewed ${d.pick(TIMEFRAMES)}, recognising that actors may shift their position over time.`,
    (d) => `*If* ${d.pick(CHANGE_ACTIONS)}, *then* ${d.pick(CHANGE_RESULTS)}, *because* ${d.pick(CHANGE_REASONS)}.`,
  ],
  culture: [
    (d) => `The Network values *${d.pick(VALUES)}* and expects every Member to ${d.pick(BEHAVIOURS)}.`,
    () => 'Team-building activities, retreats and cultural events may be organised to strengthen the culture of the Network.',
    () =>
      'Storytelling sessions shall be used to share how the personal experience of Members informs the way they want to work together.',
    () => 'Reflective dialogue shall be encouraged so that power dynamics within the Network can be named and addressed.',
    () => 'Members commit to celebrate success stories and to learn openly from failures and obstacles.',
    (d) => `The Network recognises that ${d.pick(INSIGHTS)}.`,
  ],
  conflict: [
    (d) =>
      `Disagreements between Members shall first be discussed openly in ${d.pick(SPACES)}, with the support of a facilitator if requested.`,
    (d) =>
      `Where a dispute cannot be resolved within ${d.pick(['two', 'four', 'six'])} weeks, the Members concerned may ask ${d.pick(MEDIATORS)} to mediate.`,
    () => 'No Member shall be expected to act against its own mandate or the safety of the people it supports.',
    (d) => `${d.pick(CONDITIONS)} the Members concerned shall meet with ${d.pick(MEDIATORS)} before the matter is put to a decision.`,
  ],
  safeguarding: [
    (d) => `Safeguarding concerns shall be reported to the Safeguarding Lead ${d.pick(TIMEFRAMES)} and handled in confidence.`,
    () =>
      'Every person working with children or adults at risk in a joint activity shall have received safeguarding training.',
    (d) => `Concerns about the conduct of a delegate shall be raised with ${d.pick(ACTORS)} and handled in confidence.`,
    () => 'No Member shall be expected to act against its own mandate or the safety of the people it supports.',
  ],
  evaluation: [
    (d) =>
      `The Network shall evaluate its networking activities ${d.pick(TIMEFRAMES)}, assessing outcomes and adjusting its strategy as needed.`,
    () => 'The annual report shall describe the activities carried out, the decisions taken and the use of joint funds.',
    (d) => `The ${d.pick(WORKING_GROUPS)} shall report to the Steering Committee ${d.pick(TIMEFRAMES)} on progress against the annual work plan.`,
    () => 'Members commit to celebrate success stories and to learn openly from failures and obstacles.',
    (d) => `The ${d.pick(OBJECTS)} shall be reviewed ${d.pick(TIMEFRAMES)} and updated where necessary.`,
  ],
  review: [
    (d) =>
      `Each Member shall endorse a version of ${d.pick(DOCUMENT_REFS)} by a decision of its own governing body, and its delegate shall record the endorsement.`,
    (d) => `Amendments shall be proposed in writing at least ${d.int(14, 30)} days before the meeting at which they are to be discussed.`,
    (d) => `Members shall be invited to comment on draft documents for at least ${d.int(7, 21)} days before they are put to a decision.`,
    () => 'Comments on a draft shall be anchored to the passage they concern, so that the author can respond to each one.',
    () => 'The endorsement of the final text by each Member shall be recorded with the date and the name of its delegate.',
    (d) => `Nothing in ${d.pick(DOCUMENT_REFS)} shall be construed as creating a legal partnership or joint venture between the Members.`,
    (d) => `${cap(d.pick(DOCUMENT_REFS))} are not legally binding and record commitments the Members make to one another in good faith.`,
    (d) => `${cap(d.pick(DOCUMENT_REFS))} shall enter into force once endorsed by at least ${d.pick(['three', 'four', 'five'])} Members.`,
  ],
};

const ALL_SENTENCES: readonly Sentence[] = Object.values(SENTENCES).flat();

/** Mostly on-topic, with some general clauses mixed in, as real agreements read. */
function sentence(d: Dice, topic?: Topic): string {
  const pool = topic && d.chance(0.75) ? SENTENCES[topic] : ALL_SENTENCES;
  return d.pick(pool)(d);
}

const LEAD_INS = [
  'The Members agree that:',
  'In particular:',
  'For this purpose:',
  'The following rules apply:',
  'The Steering Committee shall ensure that:',
] as const;

const BULLET_ITEMS: readonly Sentence[] = [
  (d) => `**${cap(d.pick(VALUES))}**: every Member shall ${d.pick(BEHAVIOURS)}.`,
  (d) => `${cap(d.pick(INFO))}, shared ${d.pick(CHANNELS)}`,
  (d) => `the ${d.pick(OBJECTS)}, reviewed ${d.pick(TIMEFRAMES)}`,
  (d) => `support for ${d.pick(TOPICS)} in ${d.pick(CITIES)}`,
  (d) => `outreach to ${d.pick(ACTOR_GROUPS)} and ${d.pick(ALLIES)}`,
  (d) => `${cap(d.pick(ACTIVITIES))}, led by the ${d.pick(WORKING_GROUPS)}`,
  (d) => `a record of ${d.pick(RECORDS)}`,
];

const QUOTES = [
  'Cooperating instead of competing lets each of us do more with what we already have.',
  'We do not need to agree on everything to act together on what matters most.',
  'A network exists when its members can count on each other, not when its name is on a letterhead.',
  'The strongest voice is the one that many organisations have agreed to share.',
] as const;

// ---------------------------------------------------------------------------
// Document structure
// ---------------------------------------------------------------------------

const ARTICLES: readonly { title: string; topic: Topic; sections: readonly string[] }[] = [
  { title: 'Purpose and Shared Vision', topic: 'purpose', sections: ['Shared purpose', 'Objectives', 'Theory of change', 'Geographical scope', 'Guiding values'] },
  { title: 'Definitions', topic: 'definitions', sections: ['Defined terms', 'Interpretation'] },
  { title: 'Membership', topic: 'membership', sections: ['Eligibility', 'Admission of new Members', 'Observers', 'Withdrawal', 'Suspension'] },
  { title: 'Structure of the Network', topic: 'structure', sections: ['Steering Committee', 'Working groups', 'Secretariat', 'Anchor organisation', 'Task forces'] },
  { title: 'Roles and Responsibilities', topic: 'roles', sections: ['The Chair', 'The Co-Chair', 'The Secretary', 'The Treasurer', 'Delegates and alternates'] },
  { title: 'Decision-Making', topic: 'decisions', sections: ['Consensus', 'Gradients of Agreement', 'Consent', 'Voting', 'Quorum', 'Urgent decisions'] },
  { title: 'Meetings', topic: 'meetings', sections: ['Ordinary meetings', 'Extraordinary meetings', 'Agenda', 'Minutes', 'Online participation'] },
  { title: 'Communication and Transparency', topic: 'communication', sections: ['Internal communication', 'Public communication', 'Access to records', 'Media'] },
  { title: 'Information Sharing and Data Protection', topic: 'data', sections: ['Information shared between Members', 'Personal data', 'Consent', 'Data breaches', 'Confidentiality'] },
  { title: 'Budget and Resources', topic: 'budget', sections: ['Contributions', 'Joint funds', 'Approval of expenditure', 'Financial reporting', 'Contributions in kind'] },
  { title: 'Joint Activities', topic: 'activities', sections: ['Work plan', 'Campaigns', 'Mentoring programme', 'Capacity development'] },
  { title: 'Strategy and Alliances', topic: 'strategy', sections: ['Power mapping', 'Spectrum of allies', 'Engagement strategies', 'Alliances beyond the diaspora'] },
  { title: 'Culture and Collective Leadership', topic: 'culture', sections: ['Trust', 'Dialogue and reflection', 'Ownership and participation', 'Rotation of roles'] },
  { title: 'Conflict Resolution', topic: 'conflict', sections: ['Raising concerns', 'Mediation', 'Blocked proposals'] },
  { title: 'Safeguarding', topic: 'safeguarding', sections: ['Safeguarding policy', 'Reporting concerns', 'Training'] },
  { title: 'Monitoring, Evaluation and Learning', topic: 'evaluation', sections: ['Indicators', 'Annual review', 'Learning from failures'] },
  { title: 'Duration, Review and Amendment', topic: 'review', sections: ['Entry into force', 'Review', 'Amendment', 'Termination'] },
];

/** On later passes through the articles, a programme name keeps headings distinct, as in a long schedule. */
const SCOPES = [
  'Reception Programme',
  'Livelihoods Programme',
  'Youth Programme',
  'Advocacy Campaigns',
  'Annual Meeting',
  'Transition Period',
  'Regional Hubs',
  'Partnerships with Local Authorities',
] as const;

const NETWORK_NAMES = [
  'Horizon Diaspora Network',
  'Cedar Alliance for Refugee Inclusion',
  'Crossroads Migrant Solidarity Network',
  'Harbour Coalition of Diaspora Organisations',
] as const;

const ORG_PREFIXES = ['Jisr', 'Nour', 'Sunbird', 'Baobab', 'Cedar', 'Olive Tree', 'Riverside', 'Lantern', 'Kite', 'Tamarind'] as const;
const ORG_SUFFIXES = [
  'Community Association',
  'Refugee Support Centre',
  "Women's Circle",
  'Youth Network',
  'Livelihoods Collective',
  'Diaspora Forum',
] as const;
const FIRST_NAMES = ['Karim', 'Mariam', 'Daniel', 'Yonas', 'Noor', 'Amina', 'Julien', 'Sara', 'Elin', 'Omar', 'Fatima', 'Tomas'] as const;
const LAST_NAMES = ['Saleh', 'Diallo', 'Okafor', 'Tesfaye', 'Ahmadi', 'Benali', 'Moreau', 'Haile', 'Berg', 'Haddad', 'Rossi', 'Kaya'] as const;

const organisation = (d: Dice): string => `${d.pick(ORG_PREFIXES)} ${d.pick(ORG_SUFFIXES)}`;
const person = (d: Dice): string => `${d.pick(FIRST_NAMES)} ${d.pick(LAST_NAMES)}`;

function sentences(d: Dice, count: number, topic?: Topic): string {
  return Array.from({ length: count }, () => sentence(d, topic)).join(' ');
}

function tableBlocks(d: Dice, number: number): Block[] {
  const rows = d.int(5, 9);
  const kinds: (() => [string, Block])[] = [
    () => [
      'Schedule of Members',
      table(
        ['Member', 'City', 'Delegate', 'Working group', 'Annual contribution'],
        Array.from({ length: rows }, () => [organisation(d), d.pick(CITIES), person(d), d.pick(WORKING_GROUPS), money(d)]),
      ),
    ],
    () => [
      'Record of Gradients of Agreement rounds',
      table(
        ['Proposal', 'Endorse (1–2)', 'Support (3–4)', 'Discuss (5)', 'Disagree (6–7)', 'Block (8)', 'Outcome'],
        Array.from({ length: rows }, () => {
          const block = d.chance(0.15) ? 1 : 0;
          return [
            `Adopt the ${d.pick(OBJECTS)}`,
            String(d.int(2, 9)),
            String(d.int(0, 5)),
            String(d.int(0, 3)),
            String(d.int(0, 2)),
            String(block),
            block ? 'Returned to working group' : 'Adopted by consensus',
          ];
        }),
      ),
    ],
    () => [
      'Action plan',
      table(
        ['Activity', 'Lead Member', 'Partners', 'Timeline', 'Indicator'],
        Array.from({ length: rows }, () => [
          cap(d.pick(ACTIVITIES)),
          organisation(d),
          cap(d.pick(LOCAL_PARTNERS)),
          `Q${d.int(1, 4)} ${d.int(2025, 2028)}`,
          `${d.int(10, 200)} participants reached`,
        ]),
      ),
    ],
    () => [
      'Risk register',
      table(
        ['Risk', 'Likelihood', 'Impact', 'Mitigation', 'Owner'],
        Array.from({ length: rows }, () => [
          `Loss of ${d.pick(['funding', 'key staff', 'trust between Members', 'access to a meeting venue', 'shared data'])}`,
          d.pick(['Low', 'Medium', 'High']),
          d.pick(['Low', 'Medium', 'High']),
          cap(d.pick(ACTIONS).replace(/\*/g, '')),
          cap(d.pick(ACTORS)),
        ]),
      ),
    ],
    () => [
      'Engagement strategies from the power map',
      table(
        ['Actor', 'Influence', 'Support', 'Strategy'],
        Array.from({ length: rows }, () => {
          const [influence, support, strategy] = d.pick(STRATEGIES);
          return [cap(d.pick(ACTOR_GROUPS)), cap(influence), cap(support), cap(strategy)];
        }),
      ),
    ],
  ];
  const [caption, block] = d.pick(kinds)();
  return [p(`**Table ${number}: ${caption}**`), block];
}

function sectionBlocks(d: Dice, topic: Topic): Block[] {
  const blocks: Block[] = [p(sentences(d, d.int(2, 5), topic))];
  const extras = d.int(1, 3);
  for (let i = 0; i < extras; i++) {
    const roll = d.int(0, 9);
    if (roll < 4) {
      blocks.push(p(sentences(d, d.int(3, 6), topic)));
    } else if (roll < 7) {
      blocks.push(numbered(Array.from({ length: d.int(3, 7) }, () => sentences(d, d.int(1, 2), topic))));
    } else if (roll < 9) {
      blocks.push(
        p(d.pick(LEAD_INS)),
        bullets(Array.from({ length: d.int(3, 6) }, () => cap(d.pick(BULLET_ITEMS)(d)))),
      );
    } else {
      blocks.push(quote(d.pick(QUOTES)));
    }
  }
  return blocks;
}

/** An endless, deterministic stream of blocks: title, preamble, then articles with a table every twenty pages. */
function* documentBlocks(d: Dice): Generator<Block> {
  const name = d.pick(NETWORK_NAMES);
  yield h1(`Memorandum of Understanding and Rules of Procedure of the ${name}`);
  yield p(
    `These Rules set out how the Members of the **${name}** (“the Network”) work together: their shared purpose, their expectations of one another, their values and principles, their roles and responsibilities, and how they take decisions, share information and allocate their budget. ${sentences(d, 2, 'purpose')}`,
  );
  let characters = 0;
  let tables = 0;
  let nextTableAt = PAGES_BETWEEN_TABLES * CHARACTERS_PER_PAGE;
  for (let article = 1; ; article++) {
    const pass = Math.floor((article - 1) / ARTICLES.length);
    const { title, topic, sections } = ARTICLES[(article - 1) % ARTICLES.length] as (typeof ARTICLES)[number];
    const heading = pass === 0 ? title : `${title} — ${SCOPES[(pass - 1 + article) % SCOPES.length]}`;
    const articleBlocks: Block[] = [h1(`Article ${article}. ${heading}`)];
    sections.forEach((section, index) => {
      articleBlocks.push(h2(`${article}.${index + 1} ${section}`), ...sectionBlocks(d, topic));
    });
    for (const block of articleBlocks) {
      characters += countCharacters([block]);
      yield block;
    }
    if (characters >= nextTableAt) {
      tables += 1;
      nextTableAt += PAGES_BETWEEN_TABLES * CHARACTERS_PER_PAGE;
      for (const block of tableBlocks(d, tables)) {
        characters += countCharacters([block]);
        yield block;
      }
    }
  }
}

/**
 * Builds a long agreement of about `targetCharacters` characters. It never
 * exceeds the target (except that the title is always there): whole blocks are
 * taken while they fit, then one last paragraph of whole sentences fills the gap.
 */
export function generateGovernanceDocument(options: GovernanceTextOptions): BlockList {
  const dice = new Dice(seededRandom(options.seed));
  const target = Math.max(0, Math.floor(options.targetCharacters));
  const blocks: BlockList = [];
  let total = 0;
  for (const block of documentBlocks(dice)) {
    const size = countCharacters([block]);
    if (blocks.length > 0 && total + size > target) break;
    blocks.push(block);
    total += size;
  }
  const filler: string[] = [];
  let fillerSize = 0;
  for (let attempt = 0; attempt < 60; attempt++) {
    const text = sentence(dice).replace(/\*/g, '');
    const added = text.length + (filler.length > 0 ? 1 : 0);
    if (total + fillerSize + added > target) continue;
    filler.push(text);
    fillerSize += added;
  }
  if (filler.length > 0) blocks.push(p(filler.join(' ')));
  return blocks;
}
