/**
 * Memorandum of Understanding template, following the toolkit's list of what an
 * MoU should cover (expectations, values and principles, roles and
 * responsibilities, decision-making, information sharing, budget), framed by
 * the parties, the duration and a signatures table.
 */
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { bullets, numbered, p, sectioned, table, type SectionedText } from './blocks';

const EMPTY_ROWS = (columns: number, count: number): string[][] =>
  Array.from({ length: count }, () => Array.from({ length: columns }, () => ''));

const TEXT: Record<Locale, SectionedText> = {
  en: {
    intro:
      'A Memorandum of Understanding is a written agreement between the members, based on mutually accepted principles and actions. It guides cooperation and helps to institutionalise how the network works.',
    sections: [
      {
        heading: 'Parties',
        guidance: 'Name the organisations entering into this Memorandum and the network or alliance they form together.',
        starter: [
          p('This Memorandum of Understanding is made between the following organisations, together forming […]:'),
          numbered(['[Organisation], [city], represented by [name]', '[Organisation], [city], represented by [name]']),
        ],
      },
      {
        heading: 'Expectations of all actors',
        guidance:
          'Outline what each party can expect from the others and what is expected of it in return: time, contributions, and taking part in meetings and joint activities.',
        starter: [bullets(['Each party will: […]', 'The network will: […]'])],
      },
      {
        heading: 'Values and principles',
        guidance:
          "Describe the values and principles of the partnership, for example trust, solidarity, transparency, mutual accountability, and respect for each organisation's autonomy and identity.",
        starter: [bullets(['[Value or principle]', '[Value or principle]'])],
      },
      {
        heading: 'Roles and responsibilities of each member',
        guidance:
          'Define the role and responsibilities of each member, including any anchor organisation, the steering committee and the leads of working groups.',
        starter: [table(['Member', 'Role', 'Responsibilities'], EMPTY_ROWS(3, 2))],
      },
      {
        heading: 'Decision-making',
        guidance:
          'Explain clearly how decisions are made and recorded: consensus tested with the Gradients of Agreement, consent or a vote, the quorum, and who may decide urgent matters between meetings.',
        starter: [bullets(['Method: […]', 'Quorum: […]', 'Urgent decisions: […]', 'Decisions are recorded in: […]'])],
      },
      {
        heading: 'Information-sharing procedures',
        guidance:
          'Explain what information is shared, with whom, through which channels and how it is protected. Personal data about refugees, members and volunteers is shared only when necessary, with consent and within the limits of the GDPR.',
        starter: [bullets(['Shared with all parties: […]', 'Shared only with consent: […]', 'Never shared: […]'])],
      },
      {
        heading: 'Budget allocation',
        guidance:
          'Explain how joint resources are raised and allocated, who approves spending, and how it is reported to all parties.',
        starter: [bullets(['Contributions: […]', 'Approval of spending: […]', 'Financial reporting: […]'])],
      },
      {
        heading: 'Duration, review and exit',
        guidance:
          'State when the Memorandum takes effect, how long it runs, when it is reviewed, how it is amended and how a party may withdraw.',
        starter: [bullets(['Takes effect on: […]', 'Review: […]', "Withdrawal: […] weeks' written notice"])],
      },
      {
        heading: 'Signatures',
        guidance: 'The delegate of each organisation signs on its behalf, once the organisation has endorsed this version.',
        starter: [table(['Organisation', 'Delegate', 'Date', 'Signature'], EMPTY_ROWS(4, 3))],
      },
    ],
  },
  fr: {
    intro:
      "Un protocole d'accord est un accord écrit entre les membres, fondé sur des principes et des actions acceptés par tous. Il guide la coopération et aide à institutionnaliser le fonctionnement du réseau.",
    sections: [
      {
        heading: 'Parties',
        guidance:
          "Nommez les organisations signataires du présent protocole et le réseau ou l'alliance qu'elles forment ensemble.",
        starter: [
          p("Le présent protocole d'accord est conclu entre les organisations suivantes, qui forment ensemble […] :"),
          numbered(['[Organisation], [ville], représentée par [nom]', '[Organisation], [ville], représentée par [nom]']),
        ],
      },
      {
        heading: 'Attentes envers tous les acteurs',
        guidance:
          "Décrivez ce que chaque partie peut attendre des autres et ce que l'on attend d'elle en retour : temps, contributions, participation aux réunions et aux activités communes.",
        starter: [bullets(["Chaque partie s'engage à : […]", "Le réseau s'engage à : […]"])],
      },
      {
        heading: 'Valeurs et principes',
        guidance:
          "Décrivez les valeurs et les principes du partenariat, par exemple la confiance, la solidarité, la transparence, la redevabilité mutuelle et le respect de l'autonomie et de l'identité de chaque organisation.",
        starter: [bullets(['[Valeur ou principe]', '[Valeur ou principe]'])],
      },
      {
        heading: 'Rôles et responsabilités de chaque membre',
        guidance:
          "Définissez le rôle et les responsabilités de chaque membre, y compris de l'organisation pivot, du comité de pilotage et des responsables de groupes de travail.",
        starter: [table(['Membre', 'Rôle', 'Responsabilités'], EMPTY_ROWS(3, 2))],
      },
      {
        heading: 'Prise de décision',
        guidance:
          "Expliquez clairement comment les décisions sont prises et consignées : consensus vérifié avec l'échelle des degrés d'accord (Gradients of Agreement), consentement ou vote, quorum, et qui peut trancher les questions urgentes entre deux réunions.",
        starter: [
          bullets(['Méthode : […]', 'Quorum : […]', 'Décisions urgentes : […]', 'Les décisions sont consignées dans : […]']),
        ],
      },
      {
        heading: "Procédures de partage de l'information",
        guidance:
          "Expliquez quelles informations sont partagées, avec qui, par quels canaux et comment elles sont protégées. Les données personnelles des personnes réfugiées, des membres et des bénévoles ne sont partagées qu'en cas de nécessité, avec leur consentement et dans les limites du RGPD.",
        starter: [
          bullets([
            'Partagé avec toutes les parties : […]',
            'Partagé uniquement avec consentement : […]',
            'Jamais partagé : […]',
          ]),
        ],
      },
      {
        heading: 'Répartition du budget',
        guidance:
          'Expliquez comment les ressources communes sont mobilisées et réparties, qui approuve les dépenses et comment on en rend compte à toutes les parties.',
        starter: [bullets(['Contributions : […]', 'Approbation des dépenses : […]', 'Rapports financiers : […]'])],
      },
      {
        heading: 'Durée, révision et retrait',
        guidance:
          "Indiquez la date d'entrée en vigueur du protocole, sa durée, quand il est révisé, comment il est modifié et comment une partie peut se retirer.",
        starter: [
          bullets(['Entrée en vigueur : […]', 'Révision : […]', 'Retrait : préavis écrit de […] semaines']),
        ],
      },
      {
        heading: 'Signatures',
        guidance:
          "Le délégué de chaque organisation signe en son nom, une fois que l'organisation a approuvé la présente version.",
        starter: [table(['Organisation', 'Délégué(e)', 'Date', 'Signature'], EMPTY_ROWS(4, 3))],
      },
    ],
  },
  ar: {
    intro:
      'مذكرة التفاهم اتفاق مكتوب بين الأعضاء يقوم على مبادئ وإجراءات يقبلها الجميع، وهي توجّه التعاون وتساعد على مأسسة طريقة عمل الشبكة.',
    sections: [
      {
        heading: 'الأطراف',
        guidance: 'اذكروا المنظمات الموقّعة على هذه المذكرة والشبكة أو التحالف الذي تشكّله معًا.',
        starter: [
          p('أُبرمت مذكرة التفاهم هذه بين المنظمات التالية، التي تشكّل معًا […]:'),
          numbered(['[المنظمة]، [المدينة]، ويمثّلها [الاسم]', '[المنظمة]، [المدينة]، ويمثّلها [الاسم]']),
        ],
      },
      {
        heading: 'توقعات جميع الأطراف',
        guidance:
          'بيّنوا ما يمكن لكل طرف أن يتوقعه من الأطراف الأخرى، وما هو متوقَّع منه في المقابل: الوقت، والمساهمات، والمشاركة في الاجتماعات والأنشطة المشتركة.',
        starter: [bullets(['يلتزم كل طرف بما يلي: […]', 'تلتزم الشبكة بما يلي: […]'])],
      },
      {
        heading: 'القيم والمبادئ',
        guidance:
          'صِفوا قيم الشراكة ومبادئها، مثل الثقة، والتضامن، والشفافية، والمساءلة المتبادلة، واحترام استقلالية كل منظمة وهويتها.',
        starter: [bullets(['[قيمة أو مبدأ]', '[قيمة أو مبدأ]'])],
      },
      {
        heading: 'أدوار كل عضو ومسؤولياته',
        guidance:
          'حدّدوا دور كل عضو ومسؤولياته، بما في ذلك المنظمة المحورية إن وُجدت، واللجنة التوجيهية، ومنسّقو مجموعات العمل.',
        starter: [table(['العضو', 'الدور', 'المسؤوليات'], EMPTY_ROWS(3, 2))],
      },
      {
        heading: 'اتخاذ القرار',
        guidance:
          'اشرحوا بوضوح كيف تُتخذ القرارات وكيف تُوثَّق: التوافق مع الاستعانة بمقياس درجات الموافقة (Gradients of Agreement)، أو القبول، أو التصويت، والنصاب، ومن يحق له البتّ في المسائل العاجلة بين الاجتماعات.',
        starter: [bullets(['الطريقة: […]', 'النصاب: […]', 'القرارات العاجلة: […]', 'تُوثَّق القرارات في: […]'])],
      },
      {
        heading: 'إجراءات تبادل المعلومات',
        guidance:
          'اشرحوا ما المعلومات التي تُتبادل، ومع مَن، وعبر أي قنوات، وكيف تُحمى. ولا تُشارَك البيانات الشخصية للاجئين والأعضاء والمتطوعين إلا عند الضرورة، وبموافقتهم، وضمن حدود اللائحة العامة لحماية البيانات (GDPR).',
        starter: [bullets(['يُشارَك مع جميع الأطراف: […]', 'يُشارَك بالموافقة فقط: […]', 'لا يُشارَك أبدًا: […]'])],
      },
      {
        heading: 'تخصيص الميزانية',
        guidance:
          'اشرحوا كيف تُجمع الموارد المشتركة وكيف تُوزَّع، ومن يوافق على الإنفاق، وكيف يُقدَّم الحساب عنه لجميع الأطراف.',
        starter: [bullets(['المساهمات: […]', 'الموافقة على الإنفاق: […]', 'التقارير المالية: […]'])],
      },
      {
        heading: 'المدة والمراجعة والانسحاب',
        guidance:
          'حدّدوا تاريخ بدء سريان المذكرة، ومدتها، وموعد مراجعتها، وطريقة تعديلها، وكيف يمكن لأي طرف أن ينسحب منها.',
        starter: [bullets(['تاريخ السريان: […]', 'المراجعة: […]', 'الانسحاب: بإشعار كتابي قبل […] أسابيع'])],
      },
      {
        heading: 'التوقيعات',
        guidance: 'يوقّع مندوب كل منظمة نيابةً عنها، بعد أن تكون المنظمة قد أقرّت هذه النسخة.',
        starter: [table(['المنظمة', 'المندوب/ة', 'التاريخ', 'التوقيع'], EMPTY_ROWS(4, 3))],
      },
    ],
  },
};

export function mouTemplate(locale: Locale, title: string): BlockList {
  return sectioned(locale, title, TEXT[locale]);
}
