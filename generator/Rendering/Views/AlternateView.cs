namespace DecisionsPortal.Rendering.Views;

/// <summary>
/// The same page in another language. <see cref="Exists"/> is false when there is no
/// translation and the link leads to that language's home page instead, which
/// <see cref="Note"/> says in that language.
/// </summary>
public sealed record AlternateView(string Language, string Name, string Url, string Absolute, bool Current, bool Exists, string Note);
