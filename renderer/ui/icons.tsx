/** Small inline icons (no icon font, no emoji: both are missing on many Linux desktops). */
const common = { width: 18, height: 18, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export const LinkIcon = () => (
  <svg {...common}>
    <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
    <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
  </svg>
);

export const TableIcon = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="16" rx="1" />
    <path d="M3 10h18M3 15h18M9 4v16M15 4v16" />
  </svg>
);

export const PencilIcon = () => (
  <svg {...common}>
    <path d="M4 20h4L19 9l-4-4L4 16z" />
    <path d="M13 7l4 4" />
  </svg>
);

export const TrashIcon = () => (
  <svg {...common}>
    <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" />
  </svg>
);

/** Heading level icons drawn as strokes (an icon, not text, so the button's name is its label). */
const headingDigits: Record<1 | 2 | 3, string> = {
  1: 'M17 8l2.5-2v13',
  2: 'M16 8.5a2.5 2.5 0 0 1 5 0c0 2.5-5 5-5 10.5h5',
  3: 'M16 6h5l-3 4.5a3 3 0 1 1-2.5 6',
};

export const HeadingIcon = ({ level }: { level: 1 | 2 | 3 }) => (
  <svg {...common}>
    <path d="M3 5v14M11 5v14M3 12h8" />
    <path d={headingDigits[level]} />
  </svg>
);

export const NumberedListIcon = () => (
  <svg {...common}>
    <path d="M10 6h11M10 12h11M10 18h11" />
    <path d="M4 4.5l1.5-1v5M3.5 10.5a1.3 1.3 0 0 1 2.5.5c0 1-2.5 2-2.5 3h2.5M3.5 17h2.5l-1.3 1.5a1.2 1.2 0 1 1-1.2 1.8" strokeWidth={1.4} />
  </svg>
);

export const BulletedListIcon = () => (
  <svg {...common}>
    <path d="M10 6h11M10 12h11M10 18h11" />
    <circle cx="4.5" cy="6" r="1.3" fill="currentColor" />
    <circle cx="4.5" cy="12" r="1.3" fill="currentColor" />
    <circle cx="4.5" cy="18" r="1.3" fill="currentColor" />
  </svg>
);
