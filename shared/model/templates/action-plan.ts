/**
 * Action plan template: the goal, a table of actions (action, who, by when,
 * resources, status) and how progress is followed up, in the toolkit's words:
 * members need to be clear about the network's objectives, timeline and method.
 */
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { bullets, p, sectioned, table, type SectionedText } from './blocks';

const actions = (header: string[], status: string) => table(header, [0, 1, 2].map(() => ['', '', '', '', status]));

const TEXT: Record<Locale, SectionedText> = {
  en: {
    intro:
      'An action plan turns the goals of the network into concrete steps: who does what, by when and with which resources. Members of the network need to be clear about its objectives, timeline and method, so agree the plan together and look at it again at every meeting.',
    sections: [
      {
        heading: 'Goal',
        guidance:
          'State the goal this plan serves and how it connects to your shared vision or theory of change. Ask yourselves for which of your objectives working together brings the most, and what resources it needs.',
        starter: [p('[The goal of this plan]')],
      },
      {
        heading: 'Actions',
        guidance:
          'List concrete actions, each with one person or organisation responsible, a date and the resources it needs (time, money, skills, contacts). Undertaking concrete activities together from the beginning gives a sense of shared purpose.',
        starter: [actions(['Action', 'Who', 'By when', 'Resources', 'Status'], 'To do')],
      },
      {
        heading: 'Follow-up',
        guidance:
          'Say when and how progress is checked and reported to all members. Accountability not only helps to check that activities are on track, it also builds trust and transparency in the decisions and actions taken.',
        starter: [bullets(['Progress reviewed: […]', 'Reported to all members: […]'])],
      },
    ],
  },
  fr: {
    intro:
      "Un plan d'action traduit les objectifs du réseau en étapes concrètes : qui fait quoi, pour quand et avec quelles ressources. Les membres du réseau doivent avoir une vision claire de ses objectifs, de son calendrier et de sa méthode : élaborez le plan ensemble et revenez-y à chaque réunion.",
    sections: [
      {
        heading: 'Objectif',
        guidance:
          "Énoncez l'objectif que sert ce plan et son lien avec votre vision commune ou votre théorie du changement. Demandez-vous pour lesquels de vos objectifs le travail en commun apporte le plus, et de quelles ressources il a besoin.",
        starter: [p('[L’objectif de ce plan]')],
      },
      {
        heading: 'Actions',
        guidance:
          "Listez des actions concrètes, chacune avec une personne ou une organisation responsable, une échéance et les ressources nécessaires (temps, argent, compétences, contacts). Mener ensemble des activités concrètes dès le début donne le sentiment d'un objectif partagé.",
        starter: [actions(['Action', 'Qui', 'Pour quand', 'Ressources', 'Statut'], 'À faire')],
      },
      {
        heading: 'Suivi',
        guidance:
          "Précisez quand et comment l'avancement est vérifié et communiqué à tous les membres. La redevabilité permet de vérifier que les activités avancent comme prévu, et renforce aussi la confiance et la transparence dans les décisions et les actions.",
        starter: [bullets(['Avancement vérifié : […]', 'Communiqué à tous les membres : […]'])],
      },
    ],
  },
  ar: {
    intro:
      'تحوّل خطة العمل أهداف الشبكة إلى خطوات ملموسة: من يفعل ماذا، ومتى، وبأي موارد. ويحتاج أعضاء الشبكة إلى وضوح في أهدافها وجدولها الزمني وطريقة عملها، فاتفقوا على الخطة معًا وعودوا إليها في كل اجتماع.',
    sections: [
      {
        heading: 'الهدف',
        guidance:
          'اذكروا الهدف الذي تخدمه هذه الخطة وصلته برؤيتكم المشتركة أو بنظرية التغيير لديكم. واسألوا أنفسكم: في أي أهدافكم يكون العمل المشترك أجدى، وما الموارد التي يحتاج إليها؟',
        starter: [p('[هدف هذه الخطة]')],
      },
      {
        heading: 'الإجراءات',
        guidance:
          'عدّدوا إجراءات ملموسة، لكل منها شخص أو منظمة مسؤولة، وموعد، والموارد التي يحتاج إليها (الوقت، والمال، والمهارات، والعلاقات). فالقيام بأنشطة ملموسة معًا منذ البداية يمنح الإحساس بغاية مشتركة.',
        starter: [actions(['الإجراء', 'من', 'الموعد', 'الموارد', 'الحالة'], 'لم يبدأ')],
      },
      {
        heading: 'المتابعة',
        guidance:
          'بيّنوا متى وكيف يُتابَع التقدّم ويُبلَّغ به جميع الأعضاء. فالمساءلة لا تساعد على التحقق من سير الأنشطة كما ينبغي فحسب، بل تبني أيضًا الثقة والشفافية في القرارات والإجراءات المتخذة.',
        starter: [bullets(['مراجعة التقدّم: […]', 'إبلاغ جميع الأعضاء: […]'])],
      },
    ],
  },
};

export function actionPlanTemplate(locale: Locale, title: string): BlockList {
  return sectioned(locale, title, TEXT[locale]);
}
