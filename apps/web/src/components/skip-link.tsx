/** First stop for keyboard users: jumps past the header to the page itself. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to main content
    </a>
  );
}
