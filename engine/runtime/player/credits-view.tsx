import { useCourse, useMessages } from "../hooks/player-context.tsx";

function MaybeLink(props: { url: string | undefined; text: string }) {
  if (!props.url) return <span>{props.text}</span>;
  return (
    <a href={props.url} target="_blank" rel="noopener noreferrer">
      {props.text}
    </a>
  );
}

/** "About this course" (the page title says so): licence, version, authors and sources, all from course.md. */
export function CreditsView(props: { onClose(): void }) {
  const course = useCourse();
  const messages = useMessages();
  return (
    <section class="cm-credits" aria-label={messages.credits}>
      <p>{course.description}</p>
      <dl>
        <dt>{messages.creditsLicence}</dt>
        <dd>
          {course.licence} · {messages.creditsVersion(course.version)}
        </dd>
        {course.authors.length > 0 && (
          <>
            <dt>{messages.creditsAuthors}</dt>
            <dd>
              <ul>
                {course.authors.map((author) => (
                  <li key={author.name}>
                    <MaybeLink url={author.url} text={author.name} />
                    {author.role ? ` (${author.role})` : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {course.credits.length > 0 && (
          <>
            <dt>{messages.creditsSources}</dt>
            <dd>
              <ul>
                {course.credits.map((credit) => (
                  <li key={credit.what}>
                    <MaybeLink url={credit.url} text={credit.what} />
                    {credit.by ? ` ${messages.creditsBy(credit.by)}` : ""}
                    {credit.licence ? ` (${credit.licence})` : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <button type="button" class="cm-button" onClick={props.onClose}>
        {messages.creditsBack}
      </button>
    </section>
  );
}
