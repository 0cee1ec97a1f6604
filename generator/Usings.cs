// The framework's namespaces that files of every stage use, beside the SDK's implicit ones
// (System, System.IO, System.Linq …). Our own folders are still imported file by file: a file's
// usings show which stages it depends on, and Quality/StageBoundaryTests reads them.
global using System.Collections.Concurrent;
global using System.Globalization;
global using System.Text;
global using System.Text.RegularExpressions;
