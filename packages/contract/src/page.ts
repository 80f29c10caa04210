/** One page of a longer list, as every list endpoint answers. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
