/** The names written as @姓名 in a note: up to the next space or punctuation. */
export function mentionedNames(text: string): string[] {
  const names = [...text.matchAll(/@([^\s@,，。；;:：、!！?？()（）]{1,30})/gu)].map((m) => m[1]!)
  return [...new Set(names)]
}
