/** Messages of exports (PDF files of minutes…), in every language. */
import type { Widen } from './widen';

const en = {
  page: 'Page {{page}} of {{pages}}',
  minutes: {
    button: 'Export minutes as PDF',
    working: 'Preparing the PDF…',
    done: 'The PDF “{{file}}” is in your downloads.',
    failed: 'The PDF could not be made ({{message}}). Nothing was changed; try again.',
    decisionsHeading: 'Decisions recorded in the decision log',
    actionsHeading: 'Action items',
    noDecisions: 'No decision was recorded for this meeting.',
    noActions: 'No action item comes from this meeting.',
    number: 'No.',
    decision: 'Decision',
    method: 'Method',
    outcome: 'Outcome',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    footer: 'Exported from Accord on {{date}}',
  },
} as const;

export type ExportMessages = Widen<typeof en>;

const fr: ExportMessages = {
  page: 'Page {{page}} sur {{pages}}',
  minutes: {
    button: 'Exporter le procès-verbal en PDF',
    working: 'Préparation du PDF…',
    done: 'Le PDF « {{file}} » est dans vos téléchargements.',
    failed: 'Le PDF n’a pas pu être créé ({{message}}). Rien n’a été modifié ; réessayez.',
    decisionsHeading: 'Décisions consignées au registre',
    actionsHeading: 'Actions à mener',
    noDecisions: 'Aucune décision n’a été consignée pour cette réunion.',
    noActions: 'Aucune action à mener ne provient de cette réunion.',
    number: 'N°',
    decision: 'Décision',
    method: 'Méthode',
    outcome: 'Résultat',
    action: 'Action',
    owner: 'Responsable',
    due: 'Échéance',
    status: 'État',
    footer: 'Exporté depuis Accord le {{date}}',
  },
};

const ar: ExportMessages = {
  page: 'الصفحة {{page}} من {{pages}}',
  minutes: {
    button: 'تصدير المحضر بصيغة PDF',
    working: 'جارٍ إعداد ملف PDF…',
    done: 'ملف PDF «{{file}}» في مجلد التنزيلات.',
    failed: 'تعذّر إنشاء ملف PDF ({{message}}). لم يتغير شيء؛ حاول مرة أخرى.',
    decisionsHeading: 'القرارات المسجّلة في سجل القرارات',
    actionsHeading: 'مهام المتابعة',
    noDecisions: 'لم يُسجَّل أي قرار لهذا الاجتماع.',
    noActions: 'لا توجد مهام متابعة من هذا الاجتماع.',
    number: 'رقم',
    decision: 'القرار',
    method: 'الطريقة',
    outcome: 'النتيجة',
    action: 'المهمة',
    owner: 'المسؤول/ة',
    due: 'الموعد النهائي',
    status: 'الحالة',
    footer: 'صُدّر من Accord في {{date}}',
  },
};

export const exportMessages = { en, fr, ar };
