/**
 * Labels the desktop shell shows itself (the application menu), in every UI
 * language. The renderer has its own catalogues; these live in `shared/` because
 * the main process has no i18n runtime and needs only a flat table.
 */
import { matchLocale, type Locale } from '../model/locale';

export interface ShellMessages {
  appMenuAbout: string;
  appMenuServices: string;
  appMenuHide: string;
  appMenuHideOthers: string;
  appMenuShowAll: string;

  fileMenu: string;
  newWorkspace: string;
  newDocument: string;
  openExample: string;
  goHome: string;
  closeWindow: string;
  quit: string;
  leaveTitle: string;
  leaveMessage: string;
  leaveStay: string;
  leaveAnyway: string;

  editMenu: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  find: string;

  viewMenu: string;
  reload: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  toggleDevTools: string;

  windowMenu: string;
  minimize: string;
  zoomWindow: string;
  bringAllToFront: string;

  helpMenu: string;
  about: string;
  toolkit: string;

  /** Native file dialogs (`files:*` channels). */
  openWorkspaceTitle: string;
  saveCopyTitle: string;
  chooseFolderTitle: string;
  accordFileType: string;
}

const en: ShellMessages = {
  appMenuAbout: 'About Accord',
  appMenuServices: 'Services',
  appMenuHide: 'Hide Accord',
  appMenuHideOthers: 'Hide Others',
  appMenuShowAll: 'Show All',

  fileMenu: 'File',
  newWorkspace: 'New Workspace',
  newDocument: 'New Document',
  openExample: 'Open the Example Workspace',
  goHome: 'Home',
  closeWindow: 'Close Window',
  quit: 'Quit Accord',
  leaveTitle: 'Changes are still on their way',
  leaveMessage: 'Some changes are not saved yet, or have not reached the relay. If you close now, unsaved changes are lost and the others get the rest the next time this computer is online.',
  leaveStay: 'Stay',
  leaveAnyway: 'Close anyway',

  editMenu: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',

  viewMenu: 'View',
  reload: 'Reload',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  toggleFullScreen: 'Toggle Full Screen',
  toggleDevTools: 'Developer Tools',

  windowMenu: 'Window',
  minimize: 'Minimize',
  zoomWindow: 'Zoom',
  bringAllToFront: 'Bring All to Front',

  helpMenu: 'Help',
  about: 'About Accord',
  toolkit: 'The Networking & Alliance Building Toolkit',

  openWorkspaceTitle: 'Open a workspace file',
  saveCopyTitle: 'Save a copy of the workspace',
  chooseFolderTitle: 'Choose the folder for your workspace files',
  accordFileType: 'Accord workspace',
};

const fr: ShellMessages = {
  appMenuAbout: 'À propos d’Accord',
  appMenuServices: 'Services',
  appMenuHide: 'Masquer Accord',
  appMenuHideOthers: 'Masquer les autres',
  appMenuShowAll: 'Tout afficher',

  fileMenu: 'Fichier',
  newWorkspace: 'Nouvel espace de travail',
  newDocument: 'Nouveau document',
  openExample: 'Ouvrir l’espace de travail d’exemple',
  goHome: 'Accueil',
  closeWindow: 'Fermer la fenêtre',
  quit: 'Quitter Accord',
  leaveTitle: 'Des modifications sont encore en route',
  leaveMessage: 'Certaines modifications ne sont pas encore enregistrées, ou ne sont pas encore parvenues au relais. Si vous fermez maintenant, ce qui n’est pas enregistré est perdu, et les autres recevront le reste la prochaine fois que cet ordinateur sera en ligne.',
  leaveStay: 'Rester',
  leaveAnyway: 'Fermer quand même',

  editMenu: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  find: 'Rechercher…',

  viewMenu: 'Affichage',
  reload: 'Actualiser',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Taille réelle',
  toggleFullScreen: 'Plein écran',
  toggleDevTools: 'Outils de développement',

  windowMenu: 'Fenêtre',
  minimize: 'Réduire',
  zoomWindow: 'Agrandir',
  bringAllToFront: 'Tout ramener au premier plan',

  helpMenu: 'Aide',
  about: 'À propos d’Accord',
  toolkit: 'La boîte à outils Réseautage et construction d’alliances',

  openWorkspaceTitle: 'Ouvrir un fichier d’espace de travail',
  saveCopyTitle: 'Enregistrer une copie de l’espace de travail',
  chooseFolderTitle: 'Choisir le dossier de vos fichiers d’espace de travail',
  accordFileType: 'Espace de travail Accord',
};

const ar: ShellMessages = {
  appMenuAbout: 'حول Accord',
  appMenuServices: 'الخدمات',
  appMenuHide: 'إخفاء Accord',
  appMenuHideOthers: 'إخفاء الآخرين',
  appMenuShowAll: 'إظهار الكل',

  fileMenu: 'ملف',
  newWorkspace: 'مساحة عمل جديدة',
  newDocument: 'مستند جديد',
  openExample: 'فتح مساحة العمل النموذجية',
  goHome: 'الصفحة الرئيسية',
  closeWindow: 'إغلاق النافذة',
  quit: 'إنهاء Accord',
  leaveTitle: 'لا تزال بعض التغييرات في الطريق',
  leaveMessage: 'بعض التغييرات لم تُحفظ بعد، أو لم تصل إلى خادم الترحيل. إذا أغلقت الآن فستضيع التغييرات غير المحفوظة، وسيتلقى الآخرون الباقي في المرة القادمة التي يكون فيها هذا الحاسوب متصلاً.',
  leaveStay: 'البقاء',
  leaveAnyway: 'الإغلاق على أي حال',

  editMenu: 'تحرير',
  undo: 'تراجع',
  redo: 'إعادة',
  cut: 'قص',
  copy: 'نسخ',
  paste: 'لصق',
  selectAll: 'تحديد الكل',
  find: 'بحث…',

  viewMenu: 'عرض',
  reload: 'إعادة التحميل',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  resetZoom: 'الحجم الفعلي',
  toggleFullScreen: 'ملء الشاشة',
  toggleDevTools: 'أدوات المطوّرين',

  windowMenu: 'نافذة',
  minimize: 'تصغير النافذة',
  zoomWindow: 'تكبير النافذة',
  bringAllToFront: 'إحضار الكل إلى المقدمة',

  helpMenu: 'مساعدة',
  about: 'حول Accord',
  toolkit: 'مجموعة أدوات التشبيك وبناء التحالفات',

  openWorkspaceTitle: 'فتح ملف مساحة عمل',
  saveCopyTitle: 'حفظ نسخة من مساحة العمل',
  chooseFolderTitle: 'اختيار مجلد ملفات مساحات العمل',
  accordFileType: 'مساحة عمل Accord',
};

export const SHELL_MESSAGES: Readonly<Record<Locale, ShellMessages>> = { en, fr, ar };

/** The toolkit the app's vocabulary comes from (DRC Diaspora Programme). */
export const TOOLKIT_URL = 'https://www.drc.ngo/diaspora';

/** The user's chosen language, else the first supported one among the system's. */
export function shellLocale(chosen: Locale | null, systemLocales: readonly string[]): Locale {
  return chosen ?? matchLocale(systemLocales);
}

export function shellMessages(locale: Locale): ShellMessages {
  return SHELL_MESSAGES[locale];
}
