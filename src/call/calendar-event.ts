// A call the user is about to put in their calendar, as the calendar shortcuts and the .ics file see it.

export interface CalendarEvent {
  /** e.g. "Call with Ana Ruiz". */
  title: string;
  start: Date;
  end: Date;
  /** Free text; includes the LinkedIn thread's URL so the user can get back to the conversation. */
  details: string;
  /** A video-room link or a phone number, when there is one. */
  location?: string;
}
