/** What FormField hands its control: the attributes that tie it to the label and the error. */
export interface FieldAttributes {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}
