import { textLinkClasses } from "@/components/ui/text-link";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its http(s) URLs made clickable; split() puts the captured URLs at odd positions. */
export function Linkified({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className={`${textLinkClasses} break-all`}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
