/**
 * Theory of change template, after the toolkit's question: If … we take this
 * action, Then … we will achieve this goal, Because … of these reasons. Each
 * part is its own section, framed by the long-term vision, the assumptions and
 * the indicators that show whether the change is happening.
 */
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { bullets, p, sectioned, table, type SectionedText } from './blocks';

const TEXT: Record<Locale, SectionedText> = {
  en: {
    intro:
      'A theory of change is a road map to your overall vision: it helps you reflect on how and why the change you want is expected to happen in your context, and how your activities and objectives connect to it. Start by answering one question: If we take this action, then we will achieve this goal, because of these reasons.',
    sections: [
      {
        heading: 'Long-term vision',
        guidance:
          "Describe the change you want to see in the long term. For example: politicians protect migrants' rights and respond to the needs and demands of the migrant constituency.",
        starter: [p('[Our long-term vision]')],
      },
      {
        heading: 'If … (our action)',
        guidance:
          'Name the action you will take. For example: if we conduct workshops that inform migrants about their rights and the benefits of voting…',
        starter: [p('If we […]')],
      },
      {
        heading: 'Then … (the change we expect)',
        guidance: 'Name the goal this action will achieve. For example: …then we will increase the voting turnout of these groups…',
        starter: [p('Then […]')],
      },
      {
        heading: 'Because … (our reasons)',
        guidance:
          'Explain why the action leads to the change. For example: …because the historically low voting turnout is a result of a lack of awareness of voting rights.',
        starter: [p('Because […]')],
      },
      {
        heading: 'Assumptions',
        guidance:
          'Write down what must hold true for the change to happen, and the forces driving or blocking it. A problem tree, a force field analysis and a look at the power dynamics at play help here.',
        starter: [bullets(['[Assumption]', '[Assumption]'])],
      },
      {
        heading: 'Indicators',
        guidance:
          'Choose a few signs that will show whether the change is happening, where you will find them and when you will check them, so that every member can see whether the work is on track.',
        starter: [table(['Indicator', 'Source', 'When checked'], [['', '', ''], ['', '', '']])],
      },
    ],
  },
  fr: {
    intro:
      "Une théorie du changement est une feuille de route vers votre vision d'ensemble : elle aide à réfléchir à comment et pourquoi le changement souhaité devrait se produire dans votre contexte, et à la façon dont vos activités et vos objectifs s'y rattachent. Commencez par répondre à une question : si nous menons cette action, alors nous atteindrons cet objectif, parce que telles sont nos raisons.",
    sections: [
      {
        heading: 'Vision à long terme',
        guidance:
          'Décrivez le changement que vous voulez voir à long terme. Par exemple : les responsables politiques protègent les droits des personnes migrantes et répondent aux besoins et aux demandes de cet électorat.',
        starter: [p('[Notre vision à long terme]')],
      },
      {
        heading: 'Si … (notre action)',
        guidance:
          'Nommez l’action que vous allez mener. Par exemple : si nous organisons des ateliers qui informent les personnes migrantes de leurs droits et de l’intérêt de voter…',
        starter: [p('Si nous […]')],
      },
      {
        heading: 'Alors … (le changement attendu)',
        guidance:
          'Nommez l’objectif que cette action permettra d’atteindre. Par exemple : …alors nous augmenterons la participation électorale de ces groupes…',
        starter: [p('Alors […]')],
      },
      {
        heading: 'Parce que … (nos raisons)',
        guidance:
          'Expliquez pourquoi l’action mène au changement. Par exemple : …parce que la faible participation constatée depuis longtemps tient à une méconnaissance du droit de vote.',
        starter: [p('Parce que […]')],
      },
      {
        heading: 'Hypothèses',
        guidance:
          'Notez ce qui doit se vérifier pour que le changement advienne, et les forces qui le favorisent ou le freinent. Un arbre à problèmes, une analyse des champs de force et un regard sur les rapports de pouvoir en jeu y aident.',
        starter: [bullets(['[Hypothèse]', '[Hypothèse]'])],
      },
      {
        heading: 'Indicateurs',
        guidance:
          'Choisissez quelques signes qui montreront si le changement se produit, où les trouver et quand les vérifier, afin que chaque membre puisse voir si le travail avance comme prévu.',
        starter: [table(['Indicateur', 'Source', 'Vérifié quand'], [['', '', ''], ['', '', '']])],
      },
    ],
  },
  ar: {
    intro:
      'نظرية التغيير خريطة طريق نحو رؤيتكم الشاملة: تساعدكم على التفكير في كيف ولماذا يُتوقَّع أن يحدث التغيير الذي تريدونه في سياقكم، وكيف ترتبط به أنشطتكم وأهدافكم. ابدؤوا بالإجابة عن سؤال واحد: إذا قمنا بهذا الإجراء، فسنحقق هذا الهدف، لأن هذه هي أسبابنا.',
    sections: [
      {
        heading: 'الرؤية بعيدة المدى',
        guidance:
          'صِفوا التغيير الذي تريدون رؤيته على المدى البعيد. مثلًا: أن يحمي السياسيون حقوق المهاجرين ويستجيبوا لاحتياجات الناخبين المهاجرين ومطالبهم.',
        starter: [p('[رؤيتنا بعيدة المدى]')],
      },
      {
        heading: 'إذا … (إجراؤنا)',
        guidance: 'سمّوا الإجراء الذي ستقومون به. مثلًا: إذا نظّمنا ورش عمل تعرّف المهاجرين بحقوقهم وبفوائد التصويت…',
        starter: [p('إذا […]')],
      },
      {
        heading: 'فإنّ … (التغيير المتوقَّع)',
        guidance: 'سمّوا الهدف الذي سيحققه هذا الإجراء. مثلًا: …فسنرفع نسبة مشاركة هذه الفئات في التصويت…',
        starter: [p('فإنّ […]')],
      },
      {
        heading: 'لأنّ … (أسبابنا)',
        guidance: 'اشرحوا لماذا يؤدي الإجراء إلى التغيير. مثلًا: …لأن تدنّي نسبة المشاركة تاريخيًا ناتج عن قلة الوعي بحق التصويت.',
        starter: [p('لأنّ […]')],
      },
      {
        heading: 'الافتراضات',
        guidance:
          'دوّنوا ما يجب أن يتحقق كي يحدث التغيير، والقوى التي تدفعه أو تعيقه. وتساعدكم في ذلك شجرة المشكلات، وتحليل مجال القوى، والنظر في موازين القوة القائمة.',
        starter: [bullets(['[افتراض]', '[افتراض]'])],
      },
      {
        heading: 'المؤشرات',
        guidance:
          'اختاروا بضع علامات تُظهر ما إذا كان التغيير يحدث، ومن أين تستقونها، ومتى تتحققون منها، ليرى كل عضو ما إذا كان العمل يسير كما ينبغي.',
        starter: [table(['المؤشر', 'المصدر', 'موعد التحقق'], [['', '', ''], ['', '', '']])],
      },
    ],
  },
};

export function theoryOfChangeTemplate(locale: Locale, title: string): BlockList {
  return sectioned(locale, title, TEXT[locale]);
}
