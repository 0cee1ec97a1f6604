namespace DecisionsPortal.Rendering.Data;

public sealed record TranslationData(string Language, string Url);
