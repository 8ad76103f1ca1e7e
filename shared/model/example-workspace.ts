/**
 * The example workspace a new user can open to see the app at work: a small,
 * fictional network with a filled-in Terms of Reference and Memorandum of
 * Understanding, in the interface language. Every organisation and person here
 * is invented.
 */
import type { DocumentKind } from './document';
import type { Locale } from './locale';
import type { Block, BlockList } from './template';
import type { CollaborationForm, WorkspaceProfileDetails } from './workspace';
import type { ContactDetail, MemberDraft, MemberRole } from './members';
import type { DecisionRules } from './decision-rules';
import { bullets, h1, h2, numbered, p, table, withTypography } from './templates/blocks';

export type ExampleMemberRole = MemberRole;

export interface ExampleMember extends MemberDraft {
  /** Stable across languages, so a member is the same whichever language created the workspace. */
  id: string;
}

export interface ExampleDocument {
  kind: DocumentKind;
  title: string;
  blocks: BlockList;
}

export interface ExampleWorkspace {
  profile: { name: string; purpose: string; form: CollaborationForm } & WorkspaceProfileDetails;
  rules: DecisionRules;
  members: ExampleMember[];
  documents: ExampleDocument[];
}

type Localised = Record<Locale, string>;

const ORGANISATIONS = {
  jisr: { en: 'Jisr Community Association', fr: 'Association communautaire Jisr', ar: 'جمعية جسر المجتمعية' },
  passerelles: { en: 'Passerelles Exil', fr: 'Passerelles Exil', ar: 'باسريل إكزيل' },
  newRoots: { en: 'New Roots Collective', fr: 'Collectif New Roots', ar: 'تجمّع نيو روتس' },
  sunbird: { en: 'Sunbird Youth Network', fr: 'Réseau de jeunes Sunbird', ar: 'شبكة سنبيرد للشباب' },
  amal: { en: "Amal Women's Circle", fr: 'Cercle de femmes Amal', ar: 'دائرة أمل النسائية' },
  riverside: {
    en: 'Riverside Legal Advice Clinic',
    fr: 'Clinique juridique Riverside',
    ar: 'عيادة ريفرسايد للاستشارات القانونية',
  },
  harbour: { en: 'Harbour Voices Initiative', fr: 'Initiative Voix du Port', ar: 'مبادرة أصوات الميناء' },
} satisfies Record<string, Localised>;

const PEOPLE = {
  karim: { en: 'Karim Saleh', fr: 'Karim Saleh', ar: 'كريم صالح' },
  hana: { en: 'Hana Yousef', fr: 'Hana Yousef', ar: 'هناء يوسف' },
  mariam: { en: 'Mariam Diallo', fr: 'Mariam Diallo', ar: 'مريم ديالو' },
  julien: { en: 'Julien Moreau', fr: 'Julien Moreau', ar: 'جوليان مورو' },
  daniel: { en: 'Daniel Okafor', fr: 'Daniel Okafor', ar: 'دانيال أوكافور' },
  sara: { en: 'Sara Haile', fr: 'Sara Haile', ar: 'سارة هايلي' },
  yonas: { en: 'Yonas Tesfaye', fr: 'Yonas Tesfaye', ar: 'يوناس تسفاي' },
  amina: { en: 'Amina Benali', fr: 'Amina Benali', ar: 'أمينة بن علي' },
  noor: { en: 'Noor Ahmadi', fr: 'Noor Ahmadi', ar: 'نور أحمدي' },
  elin: { en: 'Elin Berg', fr: 'Elin Berg', ar: 'إيلين بيرغ' },
  layla: { en: 'Layla Mansour', fr: 'Layla Mansour', ar: 'ليلى منصور' },
} satisfies Record<string, Localised>;

const CITIES = {
  berlin: { en: 'Berlin', fr: 'Berlin', ar: 'برلين' },
  lyon: { en: 'Lyon', fr: 'Lyon', ar: 'ليون' },
  manchester: { en: 'Manchester', fr: 'Manchester', ar: 'مانشستر' },
  brussels: { en: 'Brussels', fr: 'Bruxelles', ar: 'بروكسل' },
  malmo: { en: 'Malmö', fr: 'Malmö', ar: 'مالمو' },
} satisfies Record<string, Localised>;

/** The five Parties to the MoU, in the order they appear in its tables. */
const PARTIES = [
  { org: ORGANISATIONS.jisr, city: CITIES.berlin, delegate: PEOPLE.karim, alternate: PEOPLE.hana },
  { org: ORGANISATIONS.passerelles, city: CITIES.lyon, delegate: PEOPLE.mariam, alternate: PEOPLE.julien },
  { org: ORGANISATIONS.newRoots, city: CITIES.manchester, delegate: PEOPLE.daniel, alternate: PEOPLE.sara },
  { org: ORGANISATIONS.sunbird, city: CITIES.brussels, delegate: PEOPLE.yonas, alternate: PEOPLE.amina },
  { org: ORGANISATIONS.amal, city: CITIES.malmo, delegate: PEOPLE.noor, alternate: PEOPLE.elin },
];

/** The ToR's rules (section 5): consensus where a block stops it, two-thirds if it comes to a vote, quorum more than half the organisations. */
const RULES: DecisionRules = {
  method: 'consensus',
  threshold: 66.67,
  quorum: { kind: 'share', percent: 50, comparison: 'more-than' },
  whoMayVote: ['organisations'],
  blockStopsConsensus: true,
};

/** The toolkit's spectrums: a light structure, organisations working in the same field, around one issue. */
const DETAILS = { structure: 2, membership: 2, basis: ['issue'] } satisfies Partial<WorkspaceProfileDetails>;

// Contact details are invented (example.org addresses, 555 numbers). Consent dates follow the MoU's signature.
const shared = (value: string, visibility: 'members' | 'public', consentOn = '2025-02-24'): ContactDetail => ({
  value,
  visibility,
  consent: true,
  consentOn,
});
const secretaryOnly = (value: string): ContactDetail => ({ value, visibility: 'secretary', consent: false });

const RIVERSIDE_NOTE: Localised = {
  en: 'Observer since 2024; has asked about full membership.',
  fr: 'Observatrice depuis 2024 ; a demandé à devenir membre de plein droit.',
  ar: 'بصفة مراقب منذ 2024، واستفسرت عن العضوية الكاملة.',
};
const HARBOUR_NOTE: Localised = {
  en: 'Left when the initiative closed; thanked at the December 2024 meeting.',
  fr: 'A quitté le réseau à la fermeture de l’initiative ; remerciée lors de la réunion de décembre 2024.',
  ar: 'غادرت الشبكة عند إغلاق المبادرة، ووُجّه إليها الشكر في اجتماع ديسمبر 2024.',
};

/** People's ids say nothing about them: an erased member keeps its id, and an id made of a name would keep the name. */
function members(locale: Locale): ExampleMember[] {
  const organisation = (
    id: string,
    name: Localised,
    role: MemberRole,
    country: string,
    joinedOn: string,
    contacts: MemberDraft['contacts'],
  ): ExampleMember => ({ id, kind: 'organisation', name: name[locale], role, voting: role !== 'observer', country, joinedOn, contacts });
  const representative = (
    id: string,
    name: Localised,
    of: string,
    as: 'delegate' | 'alternate',
    joinedOn: string,
    contacts: MemberDraft['contacts'],
  ): ExampleMember => ({
    id,
    kind: 'individual',
    name: name[locale],
    role: 'member',
    voting: as === 'delegate',
    representationOf: of,
    representationRole: as,
    joinedOn,
    contacts,
  });
  const O = ORGANISATIONS;
  const P = PEOPLE;
  return [
    organisation('jisr', O.jisr, 'chair', 'DE', '2023-03-01', {
      email: shared('info@jisr.example.org', 'public'),
      phone: shared('+49 30 5550 1100', 'members'),
      address: shared('Brückenstraße 12, 10179 Berlin', 'public'),
    }),
    organisation('passerelles', O.passerelles, 'co-chair', 'FR', '2023-03-01', {
      email: shared('contact@passerelles.example.org', 'public'),
      phone: shared('+33 4 55 50 12 00', 'members'),
    }),
    organisation('new-roots', O.newRoots, 'treasurer', 'GB', '2023-03-01', {
      email: shared('hello@newroots.example.org', 'public'),
    }),
    organisation('sunbird', O.sunbird, 'member', 'BE', '2023-03-01', {
      email: shared('team@sunbird.example.org', 'public'),
    }),
    organisation('amal', O.amal, 'member', 'SE', '2024-06-15', {
      email: shared('circle@amal.example.org', 'members', '2024-06-15'),
    }),
    {
      ...organisation('riverside', O.riverside, 'observer', 'NL', '2024-09-01', {
        email: shared('clinic@riverside.example.org', 'public', '2024-09-01'),
      }),
      notes: RIVERSIDE_NOTE[locale],
    },
    {
      ...organisation('harbour', O.harbour, 'member', 'GB', '2023-03-01', {}),
      leftOn: '2024-11-30',
      notes: HARBOUR_NOTE[locale],
    },
    {
      id: 'person-01',
      kind: 'individual',
      name: P.layla[locale],
      role: 'secretary',
      voting: false,
      country: 'NL',
      joinedOn: '2024-01-10',
      contacts: {
        email: shared('layla.mansour@example.org', 'members', '2024-01-10'),
        phone: secretaryOnly('+31 6 5550 3301'),
      },
    },
    representative('person-02', P.karim, 'jisr', 'delegate', '2023-03-01', {
      email: shared('karim@jisr.example.org', 'members'),
      phone: secretaryOnly('+49 151 5550 2201'),
    }),
    representative('person-03', P.hana, 'jisr', 'alternate', '2023-03-01', {
      email: shared('hana@jisr.example.org', 'members'),
    }),
    representative('person-04', P.mariam, 'passerelles', 'delegate', '2023-03-01', {
      email: shared('mariam@passerelles.example.org', 'members'),
      phone: secretaryOnly('+33 6 55 50 22 02'),
    }),
    representative('person-05', P.julien, 'passerelles', 'alternate', '2023-03-01', {
      email: shared('julien@passerelles.example.org', 'members'),
    }),
    representative('person-06', P.daniel, 'new-roots', 'delegate', '2023-03-01', {
      email: shared('daniel@newroots.example.org', 'members'),
    }),
    representative('person-07', P.sara, 'new-roots', 'alternate', '2023-03-01', {
      email: secretaryOnly('sara.haile@example.org'),
    }),
    representative('person-08', P.yonas, 'sunbird', 'delegate', '2023-03-01', {
      email: shared('yonas@sunbird.example.org', 'members'),
    }),
    representative('person-09', P.amina, 'sunbird', 'alternate', '2023-03-01', {
      email: shared('amina@sunbird.example.org', 'members'),
    }),
    representative('person-10', P.noor, 'amal', 'delegate', '2024-06-15', {
      email: shared('noor@amal.example.org', 'members', '2024-06-15'),
      phone: secretaryOnly('+46 70 555 04 05'),
    }),
    representative('person-11', P.elin, 'amal', 'alternate', '2024-06-15', {
      email: shared('elin@amal.example.org', 'members', '2024-06-15'),
    }),
  ];
}

function partiesTable(locale: Locale, header: string[]): Block {
  return table(
    header,
    PARTIES.map((party) => [party.org[locale], party.city[locale], party.delegate[locale], party.alternate[locale]]),
  );
}

/** Four Parties have signed; the fifth is still deciding, as happens in real networks. */
function signaturesTable(locale: Locale, header: string[], dates: string[], signed: string, pending: string): Block {
  return table(
    header,
    PARTIES.map((party, index) => [
      party.org[locale],
      party.delegate[locale],
      dates[index] ?? '',
      dates[index] ? signed : pending,
    ]),
  );
}

const O = ORGANISATIONS;
const P = PEOPLE;

function english(): ExampleWorkspace {
  const l: Locale = 'en';
  const termsOfReference: BlockList = [
    h1('Terms of Reference'),
    p('**Horizon Diaspora Network** · Adopted by the Steering Committee on 14 January 2025 · Version 1.2'),
    h2('1. Purpose and shared vision'),
    p(
      'The Horizon Diaspora Network (“the Network”) brings together diaspora and refugee-support organisations in Berlin, Lyon, Manchester, Brussels and Malmö. Our shared vision is a Europe where people who arrive as refugees are received with dignity and can build a secure livelihood, and where their own organisations have a say in the policies that affect them.',
    ),
    p(
      'Our members chose an Arabic motto, “معًا نبني الجسور” (“together we build bridges”), because the Network is first of all a bridge between communities.',
    ),
    p('The objectives of the Network are to:'),
    numbered([
      'share information, practice and contacts on refugee reception and livelihoods between members;',
      'coordinate joint activities, starting with a mentoring programme for job seekers in all five cities;',
      'amplify the voices of refugees and migrants towards local and national authorities through joint positions;',
      'strengthen the capacities of smaller member organisations, especially those led by women and young people.',
    ]),
    h2('2. Membership'),
    numbered([
      'Full membership is open to not-for-profit organisations in Europe that are led by, or work with, diaspora, refugee or migrant communities, share the purpose of the Network and accept these Terms of Reference and the Memorandum of Understanding.',
      'An organisation applies in writing to the Secretary, with the support of one existing member. The Steering Committee decides on the application at its next meeting.',
      'Organisations and individuals who support the purpose of the Network may be invited as **observers**. Observers take part in meetings and working groups, but not in decisions.',
      'A member may leave at any time by written notice to the Secretary. A member that no longer shares the purpose of the Network may be asked to leave by a decision of the Steering Committee, after being heard.',
    ]),
    h2('3. Structure'),
    p('The Network keeps a light structure, in line with its place as a network on the continuum of collaboration:'),
    bullets([
      '**Steering Committee**: one delegate and one alternate from each member organisation; it takes the decisions of the Network.',
      '**Working groups**: currently *Reception* and *Livelihoods*; open to staff and volunteers of all members, they prepare proposals for the Steering Committee.',
      `**Secretariat**: held by the Secretary, supported by ${O.jisr.en} as anchor organisation for the first two years.`,
    ]),
    p(
      `The Network is not a registered legal entity. ${O.jisr.en} holds joint funds on behalf of the Network, under the terms of the Memorandum of Understanding.`,
    ),
    h2('4. Roles and responsibilities'),
    table(
      ['Role', 'Responsibilities', 'Held by (2025)'],
      [
        [
          'Chair',
          'Chairs meetings, facilitates decision processes, checks the quorum, speaks for the Network on agreed positions',
          `${P.karim.en} (${O.jisr.en})`,
        ],
        ['Co-chair', 'Stands in for the Chair, leads the review of these Terms of Reference', `${P.mariam.en} (${O.passerelles.en})`],
        ['Secretary', 'Prepares and circulates agendas and minutes, keeps the decision log and the register of members', P.layla.en],
        ['Treasurer', 'Follows the joint budget, reports on income and spending at every meeting', `${P.daniel.en} (${O.newRoots.en})`],
        ['Delegates', 'Represent their organisation, consult it before decisions and report back to it', 'One per member organisation'],
      ],
    ),
    p('Roles are held for one year and rotate between member organisations; nobody holds the same role for more than two consecutive terms.'),
    h2('5. Decision-making'),
    numbered([
      'The Steering Committee decides by **consensus** wherever possible. Proposals are tested with the *Gradients of Agreement*: each delegate states a position from 1 (whole-hearted endorsement) to 8 (block), giving reasons for any position from 5 upwards.',
      'Consensus is reached when no delegate blocks and no more than a quarter of the delegates state serious disagreement. A delegate who blocks explains which principle of the Network the proposal would breach.',
      'If consensus is not reached after two meetings, the Chair may put the proposal to a **vote**; it is adopted by a two-thirds majority of the member organisations present.',
      'Routine matters (dates, the agenda, small expenses within the adopted budget) are decided by **consent**: the proposal is adopted unless a delegate raises a reasoned objection.',
      'The **quorum** is more than half of the member organisations, represented by their delegate or alternate.',
      'Every decision is recorded in the decision log, with the method used and the result.',
    ]),
    h2('6. Meetings'),
    numbered([
      'The Steering Committee meets online every month, and in person once a year in each of the members’ cities in turn.',
      'The Secretary circulates the agenda and papers seven days before a meeting; any member may add an item up to three days before.',
      'Meetings are held in English, with volunteer interpretation into French and Arabic when requested in advance.',
      'The Secretary circulates draft minutes within five working days; they are approved at the next meeting.',
    ]),
    h2('7. Communication and transparency'),
    numbered([
      'Agendas, minutes, the decision log, financial reports and adopted documents are available to all members in the shared workspace of the Network.',
      'Working groups share a short update before each Steering Committee meeting.',
      'Positions agreed by the Network are published on its website; internal discussions are not.',
      'Personal data of members, volunteers and the people we support is shared only where necessary, with consent and in line with the GDPR (see section 6 of the Memorandum of Understanding).',
    ]),
    h2('8. Review and amendment'),
    numbered([
      'These Terms of Reference are reviewed every year at the in-person meeting.',
      'Any member may propose an amendment. Amendments are adopted by consensus or, failing that, by a two-thirds majority of all member organisations.',
    ]),
    p('Adopted on 14 January 2025. Next review: January 2026.'),
  ];

  const memorandum: BlockList = [
    h1('Memorandum of Understanding 2025–2027'),
    p('between the member organisations of the **Horizon Diaspora Network**'),
    h2('1. Parties'),
    p(
      'This Memorandum of Understanding (“the Memorandum”) is made between the following organisations (“the Parties”), which together form the Horizon Diaspora Network (“the Network”):',
    ),
    partiesTable(l, ['Organisation', 'City', 'Delegate', 'Alternate']),
    p(`${O.riverside.en} (Rotterdam) takes part as an observer and is not a Party to this Memorandum.`),
    h2('2. Expectations of all actors'),
    numbered([
      'Each Party appoints a delegate to the Steering Committee and an alternate, and gives them the time to take part: about two days a month.',
      'Each Party takes part in at least one working group and in the annual in-person meeting.',
      'Each Party shares with the Network the information, contacts and practice that can help other members, within the limits set in section 6.',
      'The Network, through its Secretariat, keeps all Parties informed, prepares meetings and keeps the records listed in the Terms of Reference.',
      'No Party speaks on behalf of the Network without a position agreed under section 5.',
    ]),
    h2('3. Values and principles'),
    p('The Parties work together according to the following values and principles:'),
    bullets([
      '**Dignity and self-representation**: refugees and migrants speak for themselves; the Network amplifies their voices and does not replace them.',
      '**Trust and solidarity**: we share risks and successes, and we support a Party in difficulty.',
      '**Transparency**: how decisions are taken, by whom and with what resources is visible to all Parties.',
      '**Mutual accountability**: we report to each other on what we promised to do, and we accept being asked.',
      '**Autonomy**: each Party keeps its own identity, structures and independent work; this Memorandum covers joint work only.',
      '**Inclusion**: we make room for women, young people and smaller organisations to lead.',
    ]),
    h2('4. Roles and responsibilities of each member'),
    table(
      ['Party', 'Role in the Network', 'Main responsibilities'],
      [
        [O.jisr.en, 'Anchor organisation; Chair', 'Holds joint funds, hosts the Secretariat, chairs the Steering Committee'],
        [O.passerelles.en, 'Co-chair; lead of the Reception working group', 'Coordinates the welcome guide for new arrivals in the five cities'],
        [O.newRoots.en, 'Treasurer; lead of the Livelihoods working group', 'Prepares the budget and financial reports; runs the mentoring programme'],
        [O.sunbird.en, 'Member', 'Youth participation; social media of the Network'],
        [O.amal.en, 'Member', 'Women-led activities; safeguarding training'],
      ],
    ),
    h2('5. Decision-making'),
    p(
      'Decisions on joint work are taken by the Steering Committee in accordance with the Terms of Reference. Proposals are tested with the **Gradients of Agreement**, on which each delegate states one of the following positions:',
    ),
    table(
      ['Point', 'Position', 'What it means'],
      [
        ['1', 'Whole-hearted endorsement', '“I really like it.”'],
        ['2', 'Agreement with a minor point of contention', '“Basically, I like it.”'],
        ['3', 'Support with reservations', '“I can live with it.”'],
        ['4', 'Abstain', '“I have no opinion.”'],
        ['5', 'More discussion needed', '“I don’t understand the issue well enough yet.”'],
        ['6', 'Don’t like it, but will support it', '“I won’t hold up the group.”'],
        ['7', 'Serious disagreement', '“Don’t count on me.”'],
        ['8', 'Block', '“I veto this proposal.”'],
      ],
    ),
    numbered([
      'A proposal is adopted by consensus when no delegate blocks and no more than a quarter of the delegates state serious disagreement (7).',
      'A delegate who blocks states which value or principle in section 3 the proposal would breach, and suggests how the concern could be met.',
      'If no consensus is reached after two meetings, a proposal is adopted by a two-thirds majority of the Parties present, provided the quorum is met.',
      'The admission of a new Party and any amendment to this Memorandum require the consensus of all Parties.',
      'Before launching a new joint activity, the Chair may first use the *Level of Commitment* tool to see who is ready to give it time.',
      'Urgent decisions between meetings may be taken by the Chair and the Co-chair with the consent of the delegates, consulted in writing over at least 48 hours, and are reported at the next meeting.',
      'Every decision is recorded in the decision log of the Network.',
    ]),
    h2('6. Information-sharing procedures (GDPR)'),
    numbered([
      'The Parties freely share meeting documents, practice guides, training materials, contacts in public bodies, and aggregated, anonymous figures about the people they support.',
      'Personal data of the people the Parties support is shared only when a referral requires it, with the informed consent of the person, and only with the Party that needs it.',
      'Personal contact details of delegates and volunteers are shared within the Network only with their consent, item by item.',
      'Each Party remains the controller of the personal data it holds and complies with the General Data Protection Regulation (GDPR).',
      'A Party that discovers a data breach involving shared information informs the other Parties concerned within 48 hours.',
      'Information marked as confidential is not passed on outside the Network.',
    ]),
    h2('7. Budget allocation'),
    numbered([
      'Each Party pays an annual contribution of €300, or an equivalent contribution in kind agreed by the Steering Committee.',
      'Joint grants are received and held by the anchor organisation in a separate budget line, and spent according to the budget adopted by the Steering Committee.',
      'The budget for 2025 is allocated as follows:',
    ]),
    table(
      ['Budget line', 'Amount (€)', 'Lead'],
      [
        ['Annual in-person meeting', '6,000', O.jisr.en],
        ['Mentoring programme (five cities)', '9,500', O.newRoots.en],
        ['Interpretation and translation', '2,500', 'Secretariat'],
        ['Youth exchange', '3,000', O.sunbird.en],
        ['Contingency', '1,000', 'Treasurer'],
        ['Total', '22,000', ''],
      ],
    ),
    p('The Treasurer reports on income and spending at every Steering Committee meeting; the annual financial report is shared with all Parties.'),
    h2('8. Duration, review and exit'),
    numbered([
      'This Memorandum takes effect on 1 March 2025, once endorsed by at least four Parties, and runs until 28 February 2027.',
      'The Parties review it at the annual in-person meeting and may extend it by consensus.',
      'A Party may withdraw with eight weeks’ written notice to the Secretary. It completes or hands over the joint tasks it has taken on.',
      'Funds received for joint activities remain with the Network when a Party withdraws.',
      'This Memorandum is not legally binding; it records the commitments the Parties make to one another in good faith.',
    ]),
    h2('9. Signatures'),
    p('Signed on behalf of the Parties by their delegates:'),
    signaturesTable(
      l,
      ['Organisation', 'Delegate', 'Date', 'Signature'],
      ['24 February 2025', '25 February 2025', '25 February 2025', '27 February 2025'],
      '[signed]',
      '[awaiting endorsement]',
    ),
  ];

  return {
    profile: {
      name: 'Horizon Diaspora Network',
      purpose:
        'Diaspora and refugee-support organisations in five European cities working together so that people who arrive as refugees are received well and can build a livelihood. We share what works, coordinate reception and employment support, and speak with one voice to local and national authorities.',
      form: 'network',
      vision:
        'A Europe where people who arrive as refugees are received with dignity and can build a secure livelihood, and where their own organisations have a say in the policies that affect them.',
      values: 'Dignity and self-representation; trust and solidarity; transparency; mutual accountability; autonomy of each member; inclusion of women, young people and small organisations.',
      languages: ['English', 'French', 'Arabic'],
      ...DETAILS,
      basis: [...DETAILS.basis],
    },
    rules: { ...RULES, quorum: { ...RULES.quorum }, whoMayVote: [...RULES.whoMayVote] },
    members: members(l),
    documents: [
      { kind: 'terms-of-reference', title: 'Terms of Reference', blocks: termsOfReference },
      { kind: 'mou', title: 'Memorandum of Understanding 2025–2027', blocks: memorandum },
    ],
  };
}

function french(): ExampleWorkspace {
  const l: Locale = 'fr';
  const termsOfReference: BlockList = [
    h1('Termes de référence'),
    p('**Réseau Diaspora Horizon** · Adoptés par le comité de pilotage le 14 janvier 2025 · Version 1.2'),
    h2('1. Objet et vision commune'),
    p(
      "Le Réseau Diaspora Horizon (« le Réseau ») réunit des associations de la diaspora et d'aide aux personnes réfugiées à Berlin, Lyon, Manchester, Bruxelles et Malmö. Notre vision commune : une Europe où les personnes réfugiées sont accueillies dignement et peuvent se construire des moyens de subsistance durables, et où leurs propres organisations ont leur mot à dire sur les politiques qui les concernent.",
    ),
    p('Notre devise, « Ensemble, nous bâtissons des ponts », rappelle que le Réseau est avant tout un pont entre les communautés.'),
    p('Le Réseau a pour objectifs de :'),
    numbered([
      "partager entre membres informations, pratiques et contacts sur l'accueil des personnes réfugiées et l'accès à l'emploi ;",
      "coordonner des activités communes, à commencer par un programme de parrainage des demandeurs d'emploi dans les cinq villes ;",
      'porter la voix des personnes réfugiées et migrantes auprès des autorités locales et nationales par des positions communes ;',
      'renforcer les capacités des plus petites organisations membres, en particulier celles dirigées par des femmes et des jeunes.',
    ]),
    h2('2. Adhésion'),
    numbered([
      "Peuvent devenir membres à part entière les organisations à but non lucratif établies en Europe, dirigées par des personnes de la diaspora, réfugiées ou migrantes, ou travaillant avec elles, qui partagent l'objet du Réseau et acceptent les présents termes de référence ainsi que le protocole d'accord.",
      "Une organisation présente sa candidature par écrit au secrétariat, avec le soutien d'un membre existant. Le comité de pilotage statue lors de sa réunion suivante.",
      "Des organisations et des personnes qui soutiennent l'objet du Réseau peuvent être invitées en qualité d'**observateurs**. Elles participent aux réunions et aux groupes de travail, mais pas aux décisions.",
      "Un membre peut se retirer à tout moment par notification écrite au secrétariat. Un membre qui ne partage plus l'objet du Réseau peut être invité à le quitter par décision du comité de pilotage, après avoir été entendu.",
    ]),
    h2('3. Structure'),
    p('Le Réseau garde une structure légère, conforme à sa place de réseau sur le continuum de collaboration :'),
    bullets([
      '**Comité de pilotage** : un délégué et un suppléant par organisation membre ; il prend les décisions du Réseau.',
      '**Groupes de travail** : actuellement *Accueil* et *Emploi et moyens de subsistance* ; ouverts aux salariés et bénévoles de tous les membres, ils préparent les propositions soumises au comité de pilotage.',
      `**Secrétariat** : assuré par la secrétaire, avec l'appui de l'${O.jisr.fr}, organisation pivot pour les deux premières années.`,
    ]),
    p(
      `Le Réseau n'a pas de personnalité juridique. L'${O.jisr.fr} gère les fonds communs pour le compte du Réseau, dans les conditions prévues par le protocole d'accord.`,
    ),
    h2('4. Rôles et responsabilités'),
    table(
      ['Rôle', 'Responsabilités', 'Titulaire (2025)'],
      [
        [
          'Présidence',
          'Préside les réunions, anime les processus de décision, vérifie le quorum, porte les positions adoptées par le Réseau',
          `${P.karim.fr} (${O.jisr.fr})`,
        ],
        ['Coprésidence', 'Remplace la présidence, pilote la révision des présents termes de référence', `${P.mariam.fr} (${O.passerelles.fr})`],
        ['Secrétariat', 'Prépare et diffuse ordres du jour et procès-verbaux, tient le registre des décisions et la liste des membres', P.layla.fr],
        ['Trésorerie', 'Suit le budget commun, rend compte des recettes et des dépenses à chaque réunion', `${P.daniel.fr} (${O.newRoots.fr})`],
        ['Délégués', 'Représentent leur organisation, la consultent avant les décisions et lui rendent compte', 'Un par organisation membre'],
      ],
    ),
    p("Les rôles sont attribués pour un an et tournent entre les organisations membres ; nul n'exerce le même rôle plus de deux mandats consécutifs."),
    h2('5. Prise de décision'),
    numbered([
      "Le comité de pilotage décide par **consensus** chaque fois que possible. Les propositions sont soumises à l'*échelle des degrés d'accord* (Gradients of Agreement) : chaque délégué indique une position de 1 (adhésion totale) à 8 (blocage), et la motive à partir de 5.",
      "Le consensus est atteint lorsqu'aucun délégué ne bloque et qu'un quart au plus des délégués exprime un désaccord sérieux. Un délégué qui bloque précise quel principe du Réseau la proposition enfreindrait.",
      'À défaut de consensus après deux réunions, la présidence peut soumettre la proposition au **vote** ; elle est adoptée à la majorité des deux tiers des organisations membres présentes.',
      "Les questions courantes (dates, ordre du jour, petites dépenses prévues au budget) sont tranchées par **consentement** : la proposition est adoptée sauf objection motivée d'un délégué.",
      'Le **quorum** est atteint lorsque plus de la moitié des organisations membres sont représentées par leur délégué ou leur suppléant.',
      'Chaque décision est inscrite au registre des décisions, avec la méthode employée et le résultat.',
    ]),
    h2('6. Réunions'),
    numbered([
      'Le comité de pilotage se réunit en ligne chaque mois, et en présentiel une fois par an, à tour de rôle dans les villes des membres.',
      "Le secrétariat diffuse l'ordre du jour et les documents sept jours avant la réunion ; tout membre peut ajouter un point jusqu'à trois jours avant.",
      'Les réunions se tiennent en anglais, avec une interprétation bénévole en français et en arabe sur demande préalable.',
      'Le secrétariat diffuse le projet de procès-verbal sous cinq jours ouvrables ; il est approuvé à la réunion suivante.',
    ]),
    h2('7. Communication et transparence'),
    numbered([
      "Ordres du jour, procès-verbaux, registre des décisions, rapports financiers et documents adoptés sont accessibles à tous les membres dans l'espace de travail partagé du Réseau.",
      "Les groupes de travail transmettent un bref point d'étape avant chaque réunion du comité de pilotage.",
      'Les positions adoptées par le Réseau sont publiées sur son site ; les discussions internes ne le sont pas.',
      "Les données personnelles des membres, des bénévoles et des personnes accompagnées ne sont partagées qu'en cas de nécessité, avec leur consentement et conformément au RGPD (voir la section 6 du protocole d'accord).",
    ]),
    h2('8. Révision et modification'),
    numbered([
      'Les présents termes de référence sont révisés chaque année lors de la réunion en présentiel.',
      "Tout membre peut proposer une modification. Elle est adoptée par consensus ou, à défaut, à la majorité des deux tiers de l'ensemble des organisations membres.",
    ]),
    p('Adoptés le 14 janvier 2025. Prochaine révision : janvier 2026.'),
  ];

  const memorandum: BlockList = [
    h1("Protocole d'accord 2025–2027"),
    p('entre les organisations membres du **Réseau Diaspora Horizon**'),
    h2('1. Parties'),
    p(
      "Le présent protocole d'accord (« le Protocole ») est conclu entre les organisations suivantes (« les Parties »), qui forment ensemble le Réseau Diaspora Horizon (« le Réseau ») :",
    ),
    partiesTable(l, ['Organisation', 'Ville', 'Délégué(e)', 'Suppléant(e)']),
    p(`La ${O.riverside.fr} (Rotterdam) participe en qualité d'observateur et n'est pas partie au Protocole.`),
    h2('2. Attentes envers tous les acteurs'),
    numbered([
      'Chaque Partie désigne un délégué au comité de pilotage et un suppléant, et leur donne le temps d’y participer : environ deux jours par mois.',
      'Chaque Partie participe à au moins un groupe de travail et à la réunion annuelle en présentiel.',
      'Chaque Partie partage avec le Réseau les informations, contacts et pratiques utiles aux autres membres, dans les limites fixées à la section 6.',
      'Le Réseau, par son secrétariat, tient toutes les Parties informées, prépare les réunions et tient les registres prévus par les termes de référence.',
      "Aucune Partie ne s'exprime au nom du Réseau sans position adoptée selon la section 5.",
    ]),
    h2('3. Valeurs et principes'),
    p('Les Parties travaillent ensemble selon les valeurs et principes suivants :'),
    bullets([
      '**Dignité et auto-représentation** : les personnes réfugiées et migrantes parlent pour elles-mêmes ; le Réseau amplifie leur voix sans s’y substituer.',
      '**Confiance et solidarité** : nous partageons les risques comme les réussites, et nous soutenons une Partie en difficulté.',
      '**Transparence** : la manière dont les décisions sont prises, par qui et avec quels moyens, est visible de toutes les Parties.',
      "**Redevabilité mutuelle** : nous nous rendons compte les uns aux autres de ce que nous avons promis de faire, et nous acceptons d'être interpellés.",
      '**Autonomie** : chaque Partie conserve son identité, ses structures et ses activités propres ; le présent Protocole ne couvre que le travail commun.',
      '**Inclusion** : nous faisons une place aux femmes, aux jeunes et aux petites organisations pour qu’ils prennent des responsabilités.',
    ]),
    h2('4. Rôles et responsabilités de chaque membre'),
    table(
      ['Partie', 'Rôle dans le Réseau', 'Principales responsabilités'],
      [
        [O.jisr.fr, 'Organisation pivot ; présidence', 'Gère les fonds communs, héberge le secrétariat, préside le comité de pilotage'],
        [O.passerelles.fr, 'Coprésidence ; pilote du groupe Accueil', "Coordonne le guide d'accueil des nouveaux arrivants dans les cinq villes"],
        [O.newRoots.fr, 'Trésorerie ; pilote du groupe Emploi', 'Prépare le budget et les rapports financiers ; anime le programme de parrainage'],
        [O.sunbird.fr, 'Membre', 'Participation des jeunes ; réseaux sociaux du Réseau'],
        [O.amal.fr, 'Membre', 'Activités menées par des femmes ; formation à la prévention des abus'],
      ],
    ),
    h2('5. Prise de décision'),
    p(
      "Les décisions relatives au travail commun sont prises par le comité de pilotage conformément aux termes de référence. Les propositions sont soumises à l'**échelle des degrés d'accord** (Gradients of Agreement), sur laquelle chaque délégué exprime l'une des positions suivantes :",
    ),
    table(
      ['Degré', 'Position', 'Ce qu’elle signifie'],
      [
        ['1', 'Adhésion totale', '« J’y suis tout à fait favorable. »'],
        ['2', 'Accord avec une réserve mineure', '« Dans l’ensemble, cela me convient. »'],
        ['3', 'Soutien avec réserves', '« Je peux m’en accommoder. »'],
        ['4', 'Abstention', '« Je n’ai pas d’avis. »'],
        ['5', 'Discussion supplémentaire nécessaire', '« Je ne comprends pas encore assez la question. »'],
        ['6', 'Désaccord, mais soutien', '« Je ne bloquerai pas le groupe. »'],
        ['7', 'Désaccord sérieux', '« Ne comptez pas sur moi. »'],
        ['8', 'Blocage', '« Je m’oppose à cette proposition. »'],
      ],
    ),
    numbered([
      "Une proposition est adoptée par consensus lorsqu'aucun délégué ne bloque et qu'un quart au plus des délégués exprime un désaccord sérieux (7).",
      'Un délégué qui bloque indique quelle valeur ou quel principe de la section 3 la proposition enfreindrait, et propose un moyen de répondre à son objection.',
      'À défaut de consensus après deux réunions, une proposition est adoptée à la majorité des deux tiers des Parties présentes, sous réserve que le quorum soit atteint.',
      "L'admission d'une nouvelle Partie et toute modification du présent Protocole requièrent le consensus de toutes les Parties.",
      "Avant de lancer une nouvelle activité commune, la présidence peut d'abord recourir à l'outil *niveau d'engagement* (Level of Commitment) pour savoir qui est prêt à y consacrer du temps.",
      'Les décisions urgentes entre deux réunions peuvent être prises par la présidence et la coprésidence, avec le consentement des délégués consultés par écrit pendant au moins 48 heures ; elles sont présentées à la réunion suivante.',
      'Chaque décision est inscrite au registre des décisions du Réseau.',
    ]),
    h2("6. Procédures de partage de l'information (RGPD)"),
    numbered([
      "Les Parties partagent librement entre elles les documents de réunion, les guides pratiques, les supports de formation, les contacts des services publics, ainsi que des chiffres agrégés et anonymes sur les personnes qu'elles accompagnent.",
      "Les données personnelles des personnes accompagnées ne sont partagées que si une orientation l'exige, avec le consentement éclairé de la personne, et uniquement avec la Partie qui en a besoin.",
      "Les coordonnées personnelles des délégués et des bénévoles ne sont partagées au sein du Réseau qu'avec leur consentement, donnée par donnée.",
      "Chaque Partie reste responsable du traitement des données personnelles qu'elle détient et se conforme au règlement général sur la protection des données (RGPD).",
      'Une Partie qui découvre une violation de données touchant des informations partagées en informe les autres Parties concernées sous 48 heures.',
      'Les informations signalées comme confidentielles ne sont pas transmises en dehors du Réseau.',
    ]),
    h2('7. Répartition du budget'),
    numbered([
      'Chaque Partie verse une cotisation annuelle de 300 €, ou une contribution en nature équivalente acceptée par le comité de pilotage.',
      "Les subventions communes sont reçues et gérées par l'organisation pivot sur une ligne budgétaire distincte, et dépensées conformément au budget adopté par le comité de pilotage.",
      'Le budget 2025 est réparti comme suit :',
    ]),
    table(
      ['Ligne budgétaire', 'Montant (€)', 'Responsable'],
      [
        ['Réunion annuelle en présentiel', '6\u202f000', O.jisr.fr],
        ['Programme de parrainage (cinq villes)', '9\u202f500', O.newRoots.fr],
        ['Interprétation et traduction', '2\u202f500', 'Secrétariat'],
        ['Échange de jeunes', '3\u202f000', O.sunbird.fr],
        ['Imprévus', '1\u202f000', 'Trésorerie'],
        ['Total', '22\u202f000', ''],
      ],
    ),
    p(
      'La trésorerie rend compte des recettes et des dépenses à chaque réunion du comité de pilotage ; le rapport financier annuel est communiqué à toutes les Parties.',
    ),
    h2('8. Durée, révision et retrait'),
    numbered([
      "Le présent Protocole entre en vigueur le 1er mars 2025, une fois approuvé par au moins quatre Parties, et s'applique jusqu'au 28 février 2027.",
      'Les Parties le révisent lors de la réunion annuelle en présentiel et peuvent le prolonger par consensus.',
      "Une Partie peut se retirer moyennant un préavis écrit de huit semaines adressé au secrétariat. Elle mène à terme ou transmet les tâches communes dont elle s'est chargée.",
      "Les fonds reçus pour des activités communes restent acquis au Réseau en cas de retrait d'une Partie.",
      "Le présent Protocole n'est pas juridiquement contraignant ; il consigne les engagements que les Parties prennent de bonne foi les unes envers les autres.",
    ]),
    h2('9. Signatures'),
    p('Signé au nom des Parties par leurs délégués :'),
    signaturesTable(
      l,
      ['Organisation', 'Délégué(e)', 'Date', 'Signature'],
      ['24 février 2025', '25 février 2025', '25 février 2025', '27 février 2025'],
      '[signé]',
      "[en attente d'approbation]",
    ),
  ];

  return {
    profile: {
      name: 'Réseau Diaspora Horizon',
      purpose:
        "Des associations de la diaspora et d'aide aux personnes réfugiées, présentes dans cinq villes européennes, agissent ensemble pour que les personnes réfugiées soient bien accueillies et puissent gagner leur vie. Nous partageons ce qui marche, coordonnons l'accueil et l'accompagnement vers l'emploi, et parlons d'une seule voix aux autorités locales et nationales.",
      form: 'network',
      vision:
        'Une Europe où les personnes arrivées comme réfugiées sont accueillies dignement et peuvent se construire un revenu sûr, et où leurs propres organisations ont leur mot à dire sur les politiques qui les concernent.',
      values: 'Dignité et autoreprésentation ; confiance et solidarité ; transparence ; redevabilité mutuelle ; autonomie de chaque membre ; inclusion des femmes, des jeunes et des petites organisations.',
      languages: ['anglais', 'français', 'arabe'],
      ...DETAILS,
      basis: [...DETAILS.basis],
    },
    rules: { ...RULES, quorum: { ...RULES.quorum }, whoMayVote: [...RULES.whoMayVote] },
    members: members(l),
    documents: [
      { kind: 'terms-of-reference', title: 'Termes de référence', blocks: withTypography(l, termsOfReference) },
      { kind: 'mou', title: 'Protocole d’accord 2025–2027', blocks: withTypography(l, memorandum) },
    ],
  };
}

function arabic(): ExampleWorkspace {
  const l: Locale = 'ar';
  const termsOfReference: BlockList = [
    h1('الاختصاصات'),
    p('**شبكة أفق لجاليات المهجر** · اعتمدتها اللجنة التوجيهية في 14 يناير 2025 · الإصدار 1.2'),
    h2('1. الغاية والرؤية المشتركة'),
    p(
      'تجمع شبكة أفق لجاليات المهجر («الشبكة») منظماتٍ من الجاليات ومنظماتٍ لدعم اللاجئين في برلين وليون ومانشستر وبروكسل ومالمو. ورؤيتنا المشتركة أوروبا يُستقبَل فيها اللاجئون بكرامة ويتمكنون من بناء مصدر رزق آمن، وتكون فيها لمنظماتهم كلمةٌ في السياسات التي تمسّهم.',
    ),
    p('وقد اختار أعضاؤنا شعار «معًا نبني الجسور»، لأن الشبكة قبل كل شيء جسرٌ بين المجتمعات.'),
    p('تعمل الشبكة على تحقيق الأهداف التالية:'),
    numbered([
      'تبادل المعلومات والخبرات والعلاقات بين الأعضاء في مجالَي استقبال اللاجئين وسُبل العيش؛',
      'تنسيق الأنشطة المشتركة، بدءًا ببرنامج إرشاد للباحثين عن عمل في المدن الخمس؛',
      'إيصال أصوات اللاجئين والمهاجرين إلى السلطات المحلية والوطنية من خلال مواقف مشتركة؛',
      'تعزيز قدرات المنظمات الأعضاء الأصغر حجمًا، ولا سيما تلك التي تقودها نساء وشباب.',
    ]),
    h2('2. العضوية'),
    numbered([
      'العضوية الكاملة متاحة للمنظمات غير الربحية في أوروبا التي يقودها أبناء الجاليات أو اللاجئون أو المهاجرون، أو التي تعمل معهم، متى شاركت الشبكةَ غايتها وقبلت هذه الاختصاصات ومذكرة التفاهم.',
      'تتقدم المنظمة بطلب خطي إلى أمانة السر بدعم من عضو قائم، وتبتّ اللجنة التوجيهية في الطلب في اجتماعها التالي.',
      'يجوز دعوة منظمات وأفراد يؤيدون غاية الشبكة بصفة **مراقبين**، فيشاركون في الاجتماعات ومجموعات العمل دون المشاركة في اتخاذ القرار.',
      'يحق لأي عضو الانسحاب في أي وقت بإشعار خطي إلى أمانة السر. ويجوز للجنة التوجيهية أن تطلب من عضو لم يعد يشارك الشبكةَ غايتها مغادرتها، بعد الاستماع إليه.',
    ]),
    h2('3. الهيكل التنظيمي'),
    p('تحافظ الشبكة على هيكل خفيف يتناسب مع موقعها بوصفها شبكةً على طيف أشكال التعاون:'),
    bullets([
      '**اللجنة التوجيهية**: مندوب واحد ونائب له عن كل منظمة عضو، وهي التي تتخذ قرارات الشبكة.',
      '**مجموعات العمل**: وهي حاليًا مجموعة «الاستقبال» ومجموعة «سُبل العيش»، مفتوحة لموظفي جميع الأعضاء ومتطوعيهم، وتُعِدّ المقترحات التي تُعرض على اللجنة التوجيهية.',
      `**أمانة السر**: تتولاها أمينة السر، بدعم من ${O.jisr.ar} بصفتها المنظمة المحورية خلال السنتين الأوليين.`,
    ]),
    p(`الشبكة ليست كيانًا قانونيًا مسجّلًا، وتتولى ${O.jisr.ar} إدارة الأموال المشتركة نيابةً عن الشبكة وفق مذكرة التفاهم.`),
    h2('4. الأدوار والمسؤوليات'),
    table(
      ['الدور', 'المسؤوليات', 'من يتولاه (2025)'],
      [
        [
          'الرئاسة',
          'ترؤس الاجتماعات، وتيسير عمليات اتخاذ القرار، والتحقق من النصاب، والتحدث باسم الشبكة في المواقف المتفق عليها',
          `${P.karim.ar} (${O.jisr.ar})`,
        ],
        ['نيابة الرئاسة', 'الحلول محل الرئاسة، وقيادة مراجعة هذه الاختصاصات', `${P.mariam.ar} (${O.passerelles.ar})`],
        ['أمانة السر', 'إعداد جداول الأعمال والمحاضر وتعميمها، ومسك سجل القرارات وسجل الأعضاء', P.layla.ar],
        ['أمانة الصندوق', 'متابعة الميزانية المشتركة، وتقديم تقرير عن الإيرادات والنفقات في كل اجتماع', `${P.daniel.ar} (${O.newRoots.ar})`],
        ['المندوبون', 'تمثيل منظماتهم، والتشاور معها قبل القرارات، وإطلاعها على النتائج', 'مندوب عن كل منظمة عضو'],
      ],
    ),
    p('تُسند الأدوار لمدة سنة وتتناوب عليها المنظمات الأعضاء، ولا يشغل أحدٌ الدورَ نفسه أكثر من ولايتين متتاليتين.'),
    h2('5. اتخاذ القرار'),
    numbered([
      'تتخذ اللجنة التوجيهية قراراتها **بالتوافق** كلما أمكن ذلك. وتُختبر المقترحات بمقياس درجات الموافقة (Gradients of Agreement)، إذ يعلن كل مندوب موقفه من 1 (تأييد كامل) إلى 8 (اعتراض مانع)، مع ذكر أسبابه إذا اختار الدرجة 5 أو ما فوقها.',
      'يتحقق التوافق إذا لم يعترض أي مندوب اعتراضًا مانعًا، ولم يُبدِ أكثر من ربع المندوبين اعتراضًا جدّيًا. وعلى المندوب الذي يعترض اعتراضًا مانعًا أن يبيّن أيّ مبدأ من مبادئ الشبكة يخالفه المقترح.',
      'إذا تعذّر التوافق بعد اجتماعين، جاز للرئاسة عرض المقترح **للتصويت**، ويُعتمد بأغلبية ثلثي المنظمات الأعضاء الحاضرة.',
      'تُحسم المسائل الاعتيادية (المواعيد، وجدول الأعمال، والنفقات الصغيرة ضمن الميزانية المعتمدة) **بالقبول**، أي يُعتمد المقترح ما لم يُبدِ أحد المندوبين اعتراضًا مُعلَّلًا.',
      'يكتمل **النصاب** بحضور أكثر من نصف المنظمات الأعضاء، ممثَّلةً بمندوبيها أو نوابهم.',
      'يُدوَّن كل قرار في سجل القرارات، مع الطريقة المتبعة والنتيجة.',
    ]),
    h2('6. الاجتماعات'),
    numbered([
      'تجتمع اللجنة التوجيهية عبر الإنترنت كل شهر، وحضوريًا مرة في السنة بالتناوب بين مدن الأعضاء.',
      'تعمّم أمانة السر جدول الأعمال والوثائق قبل الاجتماع بسبعة أيام، ويجوز لأي عضو إضافة بند حتى ثلاثة أيام قبل الاجتماع.',
      'تُعقد الاجتماعات باللغة الإنجليزية، مع ترجمة فورية تطوعية إلى الفرنسية والعربية عند طلبها مسبقًا.',
      'تعمّم أمانة السر مسودة المحضر خلال خمسة أيام عمل، ويُصادَق عليها في الاجتماع التالي.',
    ]),
    h2('7. التواصل والشفافية'),
    numbered([
      'جداول الأعمال والمحاضر وسجل القرارات والتقارير المالية والوثائق المعتمدة متاحة لجميع الأعضاء في مساحة العمل المشتركة للشبكة.',
      'ترسل مجموعات العمل موجزًا قصيرًا عن سير عملها قبل كل اجتماع للجنة التوجيهية.',
      'تُنشر المواقف التي تعتمدها الشبكة على موقعها الإلكتروني، أما النقاشات الداخلية فلا تُنشر.',
      'لا تُشارَك البيانات الشخصية للأعضاء والمتطوعين والأشخاص الذين ندعمهم إلا عند الضرورة، وبموافقتهم، ووفقًا للائحة العامة لحماية البيانات (انظر القسم 6 من مذكرة التفاهم).',
    ]),
    h2('8. المراجعة والتعديل'),
    numbered([
      'تُراجَع هذه الاختصاصات سنويًا خلال الاجتماع الحضوري.',
      'يحق لأي عضو اقتراح تعديل، ويُعتمد التعديل بالتوافق، أو بأغلبية ثلثي جميع المنظمات الأعضاء إذا تعذّر التوافق.',
    ]),
    p('اعتُمدت في 14 يناير 2025. المراجعة القادمة: يناير 2026.'),
  ];

  const memorandum: BlockList = [
    h1('مذكرة تفاهم 2025–2027'),
    p('بين المنظمات الأعضاء في **شبكة أفق لجاليات المهجر**'),
    h2('1. الأطراف'),
    p('أُبرمت مذكرة التفاهم هذه («المذكرة») بين المنظمات التالية («الأطراف») التي تشكّل معًا شبكة أفق لجاليات المهجر («الشبكة»):'),
    partiesTable(l, ['المنظمة', 'المدينة', 'المندوب/ة', 'النائب/ة']),
    p(`تشارك ${O.riverside.ar} (روتردام) بصفة مراقب، وليست طرفًا في هذه المذكرة.`),
    h2('2. توقعات جميع الأطراف'),
    numbered([
      'يسمّي كل طرف مندوبًا عنه في اللجنة التوجيهية ونائبًا له، ويتيح لهما الوقت اللازم للمشاركة: نحو يومين في الشهر.',
      'يشارك كل طرف في مجموعة عمل واحدة على الأقل، وفي الاجتماع الحضوري السنوي.',
      'يتبادل كل طرف مع الشبكة المعلومات والعلاقات والخبرات التي قد تفيد الأعضاء الآخرين، ضمن الحدود الواردة في القسم 6.',
      'تُبقي الشبكة، عبر أمانة السر، جميع الأطراف على اطلاع، وتُعِدّ الاجتماعات، وتمسك السجلات المنصوص عليها في الاختصاصات.',
      'لا يتحدث أي طرف باسم الشبكة إلا بموقف اعتُمد وفق القسم 5.',
    ]),
    h2('3. القيم والمبادئ'),
    p('تعمل الأطراف معًا وفق القيم والمبادئ التالية:'),
    bullets([
      '**الكرامة والتمثيل الذاتي**: يتحدث اللاجئون والمهاجرون عن أنفسهم، والشبكة تُعلي أصواتهم ولا تحلّ محلها.',
      '**الثقة والتضامن**: نتقاسم المخاطر والنجاحات، ونساند أي طرف يمرّ بصعوبة.',
      '**الشفافية**: كيفية اتخاذ القرارات، ومن يتخذها، وبأي موارد، أمرٌ معلوم لجميع الأطراف.',
      '**المساءلة المتبادلة**: يقدّم كلٌّ منا للآخرين حسابًا عمّا تعهّد به، ونقبل أن نُسأل.',
      '**الاستقلالية**: يحتفظ كل طرف بهويته وهياكله وعمله المستقل، ولا تشمل هذه المذكرة إلا العمل المشترك.',
      '**الشمول**: نفسح المجال للنساء والشباب والمنظمات الصغيرة كي يتولوا القيادة.',
    ]),
    h2('4. أدوار كل عضو ومسؤولياته'),
    table(
      ['الطرف', 'الدور في الشبكة', 'المسؤوليات الرئيسية'],
      [
        [O.jisr.ar, 'المنظمة المحورية؛ الرئاسة', 'إدارة الأموال المشتركة، واستضافة أمانة السر، ورئاسة اللجنة التوجيهية'],
        [O.passerelles.ar, 'نيابة الرئاسة؛ قيادة مجموعة الاستقبال', 'تنسيق دليل استقبال الوافدين الجدد في المدن الخمس'],
        [O.newRoots.ar, 'أمانة الصندوق؛ قيادة مجموعة سُبل العيش', 'إعداد الميزانية والتقارير المالية، وإدارة برنامج الإرشاد'],
        [O.sunbird.ar, 'عضو', 'مشاركة الشباب، وحسابات الشبكة على وسائل التواصل الاجتماعي'],
        [O.amal.ar, 'عضو', 'الأنشطة التي تقودها النساء، والتدريب على الحماية من الإساءة'],
      ],
    ),
    h2('5. اتخاذ القرار'),
    p(
      'تتخذ اللجنة التوجيهية القرارات المتعلقة بالعمل المشترك وفق الاختصاصات. وتُختبر المقترحات **بمقياس درجات الموافقة** (Gradients of Agreement)، إذ يعلن كل مندوب أحد المواقف التالية:',
    ),
    table(
      ['الدرجة', 'الموقف', 'معناه'],
      [
        ['1', 'تأييد كامل', '«يعجبني المقترح تمامًا.»'],
        ['2', 'موافقة مع تحفّظ بسيط', '«يعجبني في مجمله.»'],
        ['3', 'دعم مع تحفّظات', '«يمكنني التعايش معه.»'],
        ['4', 'امتناع', '«ليس لديّ رأي.»'],
        ['5', 'الحاجة إلى مزيد من النقاش', '«لم أفهم المسألة بما يكفي بعد.»'],
        ['6', 'لا أحبّذه لكنني سأدعمه', '«لن أعطّل المجموعة.»'],
        ['7', 'اعتراض جدّي', '«لا تعتمدوا عليّ.»'],
        ['8', 'اعتراض مانع', '«أرفض هذا المقترح.»'],
      ],
    ),
    numbered([
      'يُعتمد المقترح بالتوافق إذا لم يعترض أي مندوب اعتراضًا مانعًا، ولم يُبدِ أكثر من ربع المندوبين اعتراضًا جدّيًا (الدرجة 7).',
      'يبيّن المندوب الذي يعترض اعتراضًا مانعًا أيّ قيمة أو مبدأ من القسم 3 يخالفه المقترح، ويقترح سبيلًا لمعالجة اعتراضه.',
      'إذا تعذّر التوافق بعد اجتماعين، يُعتمد المقترح بأغلبية ثلثي الأطراف الحاضرة، شريطة اكتمال النصاب.',
      'يتطلب قبول طرف جديد وأي تعديل لهذه المذكرة توافق جميع الأطراف.',
      'عند إطلاق نشاط مشترك جديد، يجوز للرئاسة أن تستعين أولًا بأداة مستوى الالتزام (Level of Commitment) لمعرفة من هو مستعد لتخصيص وقته له.',
      'يجوز للرئاسة ونيابة الرئاسة اتخاذ القرارات العاجلة بين الاجتماعات بقبول المندوبين الذين استُشيروا كتابيًا لمدة 48 ساعة على الأقل، على أن تُعرض في الاجتماع التالي.',
      'يُدوَّن كل قرار في سجل قرارات الشبكة.',
    ]),
    h2('6. إجراءات تبادل المعلومات (اللائحة العامة لحماية البيانات)'),
    numbered([
      'تتبادل الأطراف فيما بينها بحرية وثائق الاجتماعات، والأدلة العملية، ومواد التدريب، وجهات الاتصال في الهيئات العامة، وأرقامًا مجمّعة لا تكشف هوية الأشخاص الذين تدعمهم.',
      'لا تُشارَك البيانات الشخصية للأشخاص الذين تدعمهم الأطراف إلا إذا اقتضت ذلك إحالةٌ، وبموافقة مستنيرة من الشخص المعني، ومع الطرف الذي يحتاج إليها فقط.',
      'لا تُشارَك بيانات الاتصال الشخصية للمندوبين والمتطوعين داخل الشبكة إلا بموافقتهم، بيانًا بيانًا.',
      'يظل كل طرف مسؤولًا عن معالجة البيانات الشخصية التي يحتفظ بها، ويلتزم باللائحة العامة لحماية البيانات (GDPR).',
      'يُبلغ الطرفُ الذي يكتشف خرقًا للبيانات يمسّ معلومات مشتركة الأطرافَ المعنيةَ خلال 48 ساعة.',
      'لا تُنقل المعلومات المصنّفة سرّيةً إلى خارج الشبكة.',
    ]),
    h2('7. تخصيص الميزانية'),
    numbered([
      'يدفع كل طرف اشتراكًا سنويًا قدره 300 يورو، أو مساهمة عينية معادلة توافق عليها اللجنة التوجيهية.',
      'تتسلم المنظمة المحورية المنح المشتركة وتديرها في بند مستقل من ميزانيتها، وتُنفَق وفق الميزانية التي تعتمدها اللجنة التوجيهية.',
      'تُوزَّع ميزانية عام 2025 على النحو التالي:',
    ]),
    table(
      ['بند الميزانية', 'المبلغ (يورو)', 'الجهة المسؤولة'],
      [
        ['الاجتماع الحضوري السنوي', '6000', O.jisr.ar],
        ['برنامج الإرشاد (المدن الخمس)', '9500', O.newRoots.ar],
        ['الترجمة الفورية والتحريرية', '2500', 'أمانة السر'],
        ['تبادل شبابي', '3000', O.sunbird.ar],
        ['الطوارئ', '1000', 'أمانة الصندوق'],
        ['المجموع', '22000', ''],
      ],
    ),
    p('تقدّم أمانة الصندوق تقريرًا عن الإيرادات والنفقات في كل اجتماع للجنة التوجيهية، ويُعمَّم التقرير المالي السنوي على جميع الأطراف.'),
    h2('8. المدة والمراجعة والانسحاب'),
    numbered([
      'تسري هذه المذكرة اعتبارًا من 1 مارس 2025 متى أقرّها أربعة أطراف على الأقل، وتظل سارية حتى 28 فبراير 2027.',
      'تراجع الأطراف المذكرة في الاجتماع الحضوري السنوي، ويجوز لها تمديدها بالتوافق.',
      'يجوز لأي طرف الانسحاب بإشعار خطي إلى أمانة السر قبل ثمانية أسابيع، على أن يُتمّ المهام المشتركة التي تولاها أو يسلّمها.',
      'تبقى الأموال المخصصة للأنشطة المشتركة للشبكة عند انسحاب أي طرف.',
      'هذه المذكرة غير ملزمة قانونًا، وإنما توثّق الالتزامات التي تتعهد بها الأطراف بعضها تجاه بعض بحسن نية.',
    ]),
    h2('9. التوقيعات'),
    p('وقّعها نيابةً عن الأطراف مندوبوها:'),
    signaturesTable(
      l,
      ['المنظمة', 'المندوب/ة', 'التاريخ', 'التوقيع'],
      ['24 فبراير 2025', '25 فبراير 2025', '25 فبراير 2025', '27 فبراير 2025'],
      '[موقَّع]',
      '[بانتظار الإقرار]',
    ),
  ];

  return {
    profile: {
      name: 'شبكة أفق لجاليات المهجر',
      purpose:
        'منظمات من الجاليات في المهجر ومنظمات لدعم اللاجئين في خمس مدن أوروبية، تعمل معًا كي يحظى اللاجئون الوافدون باستقبال لائق ويتمكنوا من بناء مصدر رزق. نتبادل التجارب الناجحة، وننسّق الاستقبال ودعم التوظيف، ونتحدث بصوت واحد أمام السلطات المحلية والوطنية.',
      form: 'network',
      vision:
        'أوروبا يُستقبَل فيها اللاجئون بكرامة ويتمكنون من بناء مصدر رزق آمن، وتكون فيها لمنظماتهم كلمةٌ في السياسات التي تمسّهم.',
      values: 'الكرامة والتمثيل الذاتي؛ الثقة والتضامن؛ الشفافية؛ المساءلة المتبادلة؛ استقلالية كل عضو؛ شمول النساء والشباب والمنظمات الصغيرة.',
      languages: ['الإنجليزية', 'الفرنسية', 'العربية'],
      ...DETAILS,
      basis: [...DETAILS.basis],
    },
    rules: { ...RULES, quorum: { ...RULES.quorum }, whoMayVote: [...RULES.whoMayVote] },
    members: members(l),
    documents: [
      { kind: 'terms-of-reference', title: 'الاختصاصات', blocks: termsOfReference },
      { kind: 'mou', title: 'مذكرة تفاهم 2025–2027', blocks: memorandum },
    ],
  };
}

const BUILDERS: Record<Locale, () => ExampleWorkspace> = { en: english, fr: french, ar: arabic };

/** Built fresh on each call, so callers may change what they get. */
export function exampleWorkspace(locale: Locale): ExampleWorkspace {
  return BUILDERS[locale]();
}
