/**
 * Terms of Reference template: the eight sections the toolkit expects (purpose,
 * membership, structure, roles, decision-making, meetings, communication,
 * review), each with short guidance and a starter to fill in.
 */
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { bullets, p, sectioned, table, type SectionedText } from './blocks';

const TEXT: Record<Locale, SectionedText> = {
  en: {
    intro:
      'Terms of Reference set out why the group exists and how it works together. Keep them short and clear: they can also be shared with non-members and with organisations interested in joining. Adapt each section to where your group sits on the continuum of collaboration (cooperation, network, campaign coalition, strategic alliance, merger).',
    sections: [
      {
        heading: 'Purpose and shared vision',
        guidance:
          "State in a few sentences the change you want to achieve together and why a network helps: amplifying migrants' and refugees' voices, sharing information and resources, coordinating joint action. A shared purpose is what keeps members committed to each other.",
        starter: [p('[Our shared purpose and vision]'), bullets(['[Objective]', '[Objective]'])],
      },
      {
        heading: 'Membership',
        guidance:
          'Say who can join (organisations, individuals, observers), the criteria they must meet, and how members join and leave. Networks of similar groups build trust more quickly; networks of diverse groups widen their influence but must watch for power imbalances.',
        starter: [bullets(['Who can be a member: […]', 'How to join: […]', 'How a member leaves: […]'])],
      },
      {
        heading: 'Structure',
        guidance:
          'Describe how the network is organised: a steering committee of member representatives, an anchor organisation, working groups, or a looser arrangement. Formal structures give weight and continuity; informal ones act faster. Keep structures no heavier than the work requires.',
        starter: [p('[Steering committee, working groups, anchor organisation…]')],
      },
      {
        heading: 'Roles and responsibilities',
        guidance:
          'Name the roles (chair, co-chair, secretary, treasurer, delegates and their alternates) and what each is responsible for. Collective leadership means sharing responsibilities and, where possible, rotating roles.',
        starter: [
          table(
            ['Role', 'Responsibilities', 'Held by'],
            [
              ['Chair', '', ''],
              ['Secretary', '', ''],
              ['Treasurer', '', ''],
            ],
          ),
        ],
      },
      {
        heading: 'Decision-making',
        guidance:
          'Agree how decisions are made before you need one. Seek consensus first, using the Gradients of Agreement to see how strongly each member supports a proposal; if consensus cannot be reached in reasonable time, decide by consent (no reasoned objection) or by majority vote. Set the quorum.',
        starter: [
          bullets([
            'Usual method: consensus, tested with the Gradients of Agreement',
            'If consensus is not reached: […]',
            'Majority needed in a vote: […]',
            'Quorum: […] of member organisations',
          ]),
        ],
      },
      {
        heading: 'Meetings',
        guidance:
          'Say how often the committee meets, how and when the agenda is circulated, who chairs and who takes the minutes, and how members can take part remotely.',
        starter: [bullets(['How often: […]', 'Agenda circulated: […] days before', 'Minutes circulated: within […] days'])],
      },
      {
        heading: 'Communication and transparency',
        guidance:
          '“Communication and more communication”: agree the channels and how often you use them. Every member should have access to agendas, minutes, decisions and reports. Share personal data only with consent and within the limits of the GDPR.',
        starter: [bullets(['Channels: […]', 'Shared with all members: […]', 'Made public: […]'])],
      },
      {
        heading: 'Review and amendment',
        guidance:
          'Set a date to review these Terms of Reference and say how they can be amended. Structures may change as trust grows or as the needs of members change.',
        starter: [p('Adopted on […]. Next review: […].')],
      },
    ],
  },
  fr: {
    intro:
      "Les termes de référence précisent pourquoi le groupe existe et comment il fonctionne. Rédigez-les de façon brève et claire : ils peuvent aussi être communiqués aux non-membres et aux organisations qui souhaitent adhérer. Adaptez chaque section à la place de votre groupe sur le continuum de collaboration (coopération, réseau, coalition de campagne, alliance stratégique, fusion).",
    sections: [
      {
        heading: 'Objet et vision commune',
        guidance:
          "Décrivez en quelques phrases le changement que vous voulez obtenir ensemble et ce que le réseau apporte : porter plus fort la voix des personnes migrantes et réfugiées, partager informations et ressources, coordonner des actions communes. C'est cet objectif commun qui maintient l'engagement des membres les uns envers les autres.",
        starter: [p('[Notre objectif commun et notre vision]'), bullets(['[Objectif]', '[Objectif]'])],
      },
      {
        heading: 'Adhésion',
        guidance:
          "Indiquez qui peut devenir membre (organisations, personnes, observateurs), les critères à remplir, et comment on adhère ou se retire. Un réseau de groupes semblables bâtit la confiance plus vite ; un réseau de groupes divers élargit son influence, mais doit rester attentif aux déséquilibres de pouvoir.",
        starter: [bullets(['Qui peut devenir membre : […]', 'Comment adhérer : […]', 'Comment se retirer : […]'])],
      },
      {
        heading: 'Structure',
        guidance:
          "Décrivez l'organisation du réseau : un comité de pilotage composé de représentants des membres, une organisation pivot, des groupes de travail, ou un fonctionnement plus souple. Les structures formelles donnent du poids et de la continuité ; les structures informelles permettent d'agir plus vite. Ne les alourdissez pas au-delà de ce que le travail exige.",
        starter: [p('[Comité de pilotage, groupes de travail, organisation pivot…]')],
      },
      {
        heading: 'Rôles et responsabilités',
        guidance:
          'Nommez les rôles (présidence, coprésidence, secrétariat, trésorerie, délégués et suppléants) et les responsabilités de chacun. Le leadership collectif suppose de partager les responsabilités et, si possible, de faire tourner les rôles.',
        starter: [
          table(
            ['Rôle', 'Responsabilités', 'Titulaire'],
            [
              ['Présidence', '', ''],
              ['Secrétariat', '', ''],
              ['Trésorerie', '', ''],
            ],
          ),
        ],
      },
      {
        heading: 'Prise de décision',
        guidance:
          "Convenez de la manière de décider avant d'en avoir besoin. Recherchez d'abord le consensus, en vous aidant de l'échelle des degrés d'accord (Gradients of Agreement) pour mesurer le soutien de chaque membre à une proposition ; si le consensus n'est pas atteint dans un délai raisonnable, décidez par consentement (aucune objection motivée) ou à la majorité. Fixez le quorum.",
        starter: [
          bullets([
            "Méthode habituelle : le consensus, vérifié avec l'échelle des degrés d'accord",
            'À défaut de consensus : […]',
            'Majorité requise en cas de vote : […]',
            'Quorum : […] des organisations membres',
          ]),
        ],
      },
      {
        heading: 'Réunions',
        guidance:
          "Précisez la fréquence des réunions, quand et comment l'ordre du jour est diffusé, qui préside, qui rédige le procès-verbal et comment participer à distance.",
        starter: [
          bullets(['Fréquence : […]', 'Ordre du jour diffusé : […] jours avant', 'Procès-verbal diffusé : sous […] jours']),
        ],
      },
      {
        heading: 'Communication et transparence',
        guidance:
          "« De la communication, encore de la communication » : convenez des canaux et de leur rythme. Chaque membre doit avoir accès aux ordres du jour, procès-verbaux, décisions et rapports. Ne partagez des données personnelles qu'avec le consentement des personnes concernées et dans le respect du RGPD.",
        starter: [bullets(['Canaux : […]', 'Partagé avec tous les membres : […]', 'Rendu public : […]'])],
      },
      {
        heading: 'Révision et modification',
        guidance:
          'Fixez une date de révision des présents termes de référence et précisez comment les modifier. Les structures peuvent évoluer à mesure que la confiance grandit ou que les besoins des membres changent.',
        starter: [p('Adoptés le […]. Prochaine révision : […].')],
      },
    ],
  },
  ar: {
    intro:
      'تحدّد وثيقة الاختصاصات سبب وجود المجموعة وطريقة عملها المشترك. اجعلوها موجزة وواضحة، إذ يمكن مشاركتها أيضًا مع غير الأعضاء ومع المنظمات الراغبة في الانضمام. وكيّفوا كل قسم بحسب موقع مجموعتكم على طيف أشكال التعاون (تعاون، شبكة، ائتلاف حملة، تحالف استراتيجي، اندماج).',
    sections: [
      {
        heading: 'الغاية والرؤية المشتركة',
        guidance:
          'اذكروا في بضع جمل التغيير الذي تسعون إلى تحقيقه معًا، وما الذي تضيفه الشبكة: إعلاء أصوات المهاجرين واللاجئين، وتبادل المعلومات والموارد، وتنسيق العمل المشترك. فالغاية المشتركة هي ما يُبقي الأعضاء ملتزمين بعضهم تجاه بعض.',
        starter: [p('[غايتنا ورؤيتنا المشتركة]'), bullets(['[هدف]', '[هدف]'])],
      },
      {
        heading: 'العضوية',
        guidance:
          'حدّدوا من يحق له الانضمام (منظمات، أفراد، مراقبون)، والمعايير المطلوبة، وكيفية الانضمام والانسحاب. فالشبكات التي تضم مجموعات متشابهة تبني الثقة أسرع، أما الشبكات المتنوعة فتوسّع نطاق تأثيرها، لكن عليها أن تنتبه لاختلال موازين القوة.',
        starter: [bullets(['من يحق له العضوية: […]', 'طريقة الانضمام: […]', 'طريقة الانسحاب: […]'])],
      },
      {
        heading: 'الهيكل التنظيمي',
        guidance:
          'صِفوا طريقة تنظيم الشبكة: لجنة توجيهية تضم ممثلين عن الأعضاء، أو منظمة محورية، أو مجموعات عمل، أو ترتيب أكثر مرونة. تمنح الهياكل الرسمية ثقلًا واستمرارية، بينما تتيح الهياكل غير الرسمية التحرك بسرعة أكبر. فلا تجعلوا الهيكل أثقل مما يتطلبه العمل.',
        starter: [p('[اللجنة التوجيهية، مجموعات العمل، المنظمة المحورية…]')],
      },
      {
        heading: 'الأدوار والمسؤوليات',
        guidance:
          'سمّوا الأدوار (الرئاسة، ونيابة الرئاسة، وأمانة السر، وأمانة الصندوق، والمندوبين ونوابهم) ومسؤوليات كلٍّ منها. فالقيادة الجماعية تعني تقاسم المسؤوليات، وتدوير الأدوار حيثما أمكن.',
        starter: [
          table(
            ['الدور', 'المسؤوليات', 'من يتولاه'],
            [
              ['الرئاسة', '', ''],
              ['أمانة السر', '', ''],
              ['أمانة الصندوق', '', ''],
            ],
          ),
        ],
      },
      {
        heading: 'اتخاذ القرار',
        guidance:
          'اتفقوا على طريقة اتخاذ القرار قبل أن تحتاجوا إليها. اسعوا أولًا إلى التوافق، مستعينين بمقياس درجات الموافقة (Gradients of Agreement) لمعرفة مدى تأييد كل عضو للمقترح؛ وإذا تعذّر التوافق في وقت معقول، فاتخذوا القرار بالقبول (أي في غياب اعتراض مُعلَّل) أو بتصويت الأغلبية. وحدّدوا النصاب.',
        starter: [
          bullets([
            'الطريقة المعتادة: التوافق، مع الاستعانة بمقياس درجات الموافقة',
            'عند تعذّر التوافق: […]',
            'الأغلبية المطلوبة في التصويت: […]',
            'النصاب: […] من المنظمات الأعضاء',
          ]),
        ],
      },
      {
        heading: 'الاجتماعات',
        guidance:
          'بيّنوا عدد مرات انعقاد اللجنة، وموعد تعميم جدول الأعمال وطريقته، ومن يرأس الاجتماع ومن يدوّن المحضر، وكيف يمكن المشاركة عن بُعد.',
        starter: [bullets(['الدورية: […]', 'تعميم جدول الأعمال: قبل […] أيام', 'تعميم المحضر: خلال […] أيام'])],
      },
      {
        heading: 'التواصل والشفافية',
        guidance:
          '«التواصل ثم التواصل»: اتفقوا على قنوات التواصل ووتيرته. ويجب أن يطّلع كل عضو على جداول الأعمال والمحاضر والقرارات والتقارير. ولا تُشارَك البيانات الشخصية إلا بموافقة أصحابها وضمن حدود اللائحة العامة لحماية البيانات (GDPR).',
        starter: [bullets(['القنوات: […]', 'ما يُشارَك مع جميع الأعضاء: […]', 'ما يُنشر للعموم: […]'])],
      },
      {
        heading: 'المراجعة والتعديل',
        guidance:
          'حدّدوا موعدًا لمراجعة هذه الاختصاصات وبيّنوا طريقة تعديلها، فقد تتغير الهياكل مع نمو الثقة أو تبدّل احتياجات الأعضاء.',
        starter: [p('اعتُمدت بتاريخ […]. المراجعة القادمة: […].')],
      },
    ],
  },
};

export function termsOfReferenceTemplate(locale: Locale, title: string): BlockList {
  return sectioned(locale, title, TEXT[locale]);
}
