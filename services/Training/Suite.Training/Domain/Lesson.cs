namespace Suite.Training.Domain;

/// <summary>One lesson of a published course version: Markdown text and the material it points to.</summary>
public sealed record Lesson(string Title, string Markdown, IReadOnlyList<Attachment> Attachments);

/// <summary>Material kept elsewhere (a slide deck, a video, a PDF): Training stores only where it is.</summary>
public sealed record Attachment(string Title, string Url);
