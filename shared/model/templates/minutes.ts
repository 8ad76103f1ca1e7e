/**
 * Minutes template: meeting details, attendance (present / apologies / absent)
 * and quorum, agenda items, decisions with the method used, action items.
 */
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { bullets, h3, numbered, p, sectioned, table, type SectionedText } from './blocks';

const TEXT: Record<Locale, SectionedText> = {
  en: {
    intro:
      'Minutes make the work of the committee transparent: record what was decided and who will do what, and circulate them to all members within the time set in your Terms of Reference.',
    sections: [
      {
        heading: 'Meeting details',
        guidance: '',
        starter: [
          table(
            ['Detail', 'Entry'],
            [['Date'], ['Time'], ['Place or link'], ['Chair'], ['Minute-taker']],
          ),
        ],
      },
      {
        heading: 'Attendance',
        guidance: 'List who is present, who sent apologies and who is absent, then check that the quorum is met.',
        starter: [
          h3('Present'),
          bullets(['[Name, organisation]']),
          h3('Apologies'),
          bullets(['[Name, organisation]']),
          h3('Absent'),
          bullets(['[Name, organisation]']),
          p('Quorum reached: [yes / no]'),
        ],
      },
      {
        heading: 'Agenda items',
        guidance:
          'For each item, note who presented it, the main points raised and any proposal put to the members.',
        starter: [
          numbered(['Welcome and approval of the agenda', 'Minutes of the previous meeting', '[Item]', 'Any other business']),
        ],
      },
      {
        heading: 'Decisions',
        guidance:
          'Write each decision in full, with the method used (consensus with the Gradients of Agreement, consent or a vote) and the result, so that anyone can check it later.',
        starter: [numbered(['[Decision — method — result]'])],
      },
      {
        heading: 'Action items',
        guidance: '',
        starter: [table(['Action', 'Owner', 'Due', 'Status'], [['', '', '', 'To do']])],
      },
      {
        heading: 'Next meeting',
        guidance: '',
        starter: [p('[Date, time, place or link]')],
      },
    ],
  },
  fr: {
    intro:
      'Le procès-verbal rend le travail du comité transparent : consignez ce qui a été décidé et qui fera quoi, et diffusez-le à tous les membres dans le délai fixé par vos termes de référence.',
    sections: [
      {
        heading: 'Informations sur la réunion',
        guidance: '',
        starter: [
          table(
            ['Élément', 'Détail'],
            [['Date'], ['Heure'], ['Lieu ou lien'], ['Présidence'], ['Secrétaire de séance']],
          ),
        ],
      },
      {
        heading: 'Participation',
        guidance:
          'Indiquez les personnes présentes, excusées et absentes, puis vérifiez que le quorum est atteint.',
        starter: [
          h3('Présents'),
          bullets(['[Nom, organisation]']),
          h3('Excusés'),
          bullets(['[Nom, organisation]']),
          h3('Absents'),
          bullets(['[Nom, organisation]']),
          p('Quorum atteint : [oui / non]'),
        ],
      },
      {
        heading: "Points à l'ordre du jour",
        guidance:
          'Pour chaque point, notez qui l’a présenté, les principaux éléments de la discussion et les propositions soumises aux membres.',
        starter: [
          numbered([
            "Accueil et adoption de l'ordre du jour",
            'Approbation du procès-verbal de la réunion précédente',
            '[Point]',
            'Questions diverses',
          ]),
        ],
      },
      {
        heading: 'Décisions',
        guidance:
          "Rédigez chaque décision en entier, avec la méthode utilisée (consensus avec l'échelle des degrés d'accord, consentement ou vote) et le résultat, afin que chacun puisse la vérifier par la suite.",
        starter: [numbered(['[Décision — méthode — résultat]'])],
      },
      {
        heading: 'Actions à mener',
        guidance: '',
        starter: [table(['Action', 'Responsable', 'Échéance', 'Statut'], [['', '', '', 'À faire']])],
      },
      {
        heading: 'Prochaine réunion',
        guidance: '',
        starter: [p('[Date, heure, lieu ou lien]')],
      },
    ],
  },
  ar: {
    intro:
      'يجعل المحضرُ عملَ اللجنة شفافًا: دوّنوا ما تقرّر ومن سيتولى كل مهمة، وعمّموه على جميع الأعضاء خلال المهلة المحددة في وثيقة الاختصاصات.',
    sections: [
      {
        heading: 'بيانات الاجتماع',
        guidance: '',
        starter: [
          table(
            ['البند', 'التفاصيل'],
            [['التاريخ'], ['الوقت'], ['المكان أو الرابط'], ['رئاسة الاجتماع'], ['مدوّن/ة المحضر']],
          ),
        ],
      },
      {
        heading: 'الحضور',
        guidance: 'سجّلوا الحاضرين والمعتذرين والغائبين، ثم تحقّقوا من اكتمال النصاب.',
        starter: [
          h3('الحاضرون'),
          bullets(['[الاسم، المنظمة]']),
          h3('المعتذرون'),
          bullets(['[الاسم، المنظمة]']),
          h3('الغائبون'),
          bullets(['[الاسم، المنظمة]']),
          p('اكتمال النصاب: [نعم / لا]'),
        ],
      },
      {
        heading: 'بنود جدول الأعمال',
        guidance: 'دوّنوا لكل بند من قدّمه، وأبرز النقاط المطروحة، وأي مقترح عُرض على الأعضاء.',
        starter: [
          numbered(['الترحيب وإقرار جدول الأعمال', 'المصادقة على محضر الاجتماع السابق', '[بند]', 'ما يستجد من أعمال']),
        ],
      },
      {
        heading: 'القرارات',
        guidance:
          'اكتبوا كل قرار بنصّه الكامل، مع الطريقة المتبعة (التوافق بمقياس درجات الموافقة، أو القبول، أو التصويت) والنتيجة، ليتمكن أي عضو من التحقق منه لاحقًا.',
        starter: [numbered(['[القرار — الطريقة — النتيجة]'])],
      },
      {
        heading: 'مهام المتابعة',
        guidance: '',
        starter: [table(['المهمة', 'المسؤول/ة', 'الموعد النهائي', 'الحالة'], [['', '', '', 'لم تبدأ']])],
      },
      {
        heading: 'الاجتماع القادم',
        guidance: '',
        starter: [p('[التاريخ، الوقت، المكان أو الرابط]')],
      },
    ],
  },
};

export function minutesTemplate(locale: Locale, title: string): BlockList {
  return sectioned(locale, title, TEXT[locale]);
}
