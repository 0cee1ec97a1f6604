using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// One node of a parsed YAML text, with where it starts: a small immutable tree made from
/// YamlDotNet's parser events by <see cref="EventTree"/>, which the readers of
/// site.yml, i18n files and front matter walk.
/// </summary>
public abstract record Node(Mark Start);
