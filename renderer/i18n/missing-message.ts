/** How a message key missing from the catalogue is reported on the console (the end-to-end tests fail on it). */
export const MISSING_MESSAGE = 'Accord: no message for';
