namespace DecisionsPortal.Diagnostics;

/// <summary>
/// Every code the generator reports. DP0xxx are content problems (exit 1), DP1xxx are problems of
/// configuration, templates or the command line (exit 2), DP9xxx are failures of the generator itself.
/// Codes are never reused, so a code found in an old CI log still means the same thing.
/// </summary>
public static class DiagnosticCodes
{
    // Content: files and YAML.
    public const string NotUtf8 = "DP0001";
    public const string NoFrontMatter = "DP0002";
    public const string UnclosedFrontMatter = "DP0003";
    public const string InvalidYaml = "DP0004";
    public const string FrontMatterNotMapping = "DP0005";
    public const string UnreadableFile = "DP0006";
    public const string MisplacedFile = "DP0007";
    public const string LanguageFolderCase = "DP0188"; // 'content/FI/' for 'content/fi/'

    // Content: YAML written the way YAML does not read it, each with the fix (Yaml/YamlCodes pairs
    // every one with its configuration twin), and files that are not text a person wrote.
    public const string YamlTab = "DP0130";
    public const string YamlColonInValue = "DP0131";
    public const string YamlBlockNotIndented = "DP0132";
    public const string YamlNoSpaceAfterColon = "DP0133";
    public const string YamlUnclosedQuote = "DP0134";
    public const string YamlUnclosedBracket = "DP0135";
    public const string YamlAnchor = "DP0136";
    public const string YamlAlias = "DP0137";
    public const string YamlTag = "DP0138";
    public const string YamlSecondDocument = "DP0140";
    public const string YamlTooDeep = "DP0141";
    public const string CommaSeparatedList = "DP0142";
    public const string ControlCharacter = "DP0143";
    public const string FileTooLarge = "DP0144";
    public const string NotARegularFile = "DP0145";
    public const string DateOutOfRange = "DP0146";
    public const string MarkdownTooDeep = "DP0147";
    public const string YamlQuoteTheValue = "DP0148";
    public const string YamlStrayBracket = "DP0149";
    public const string YamlIndentation = "DP0150";
    public const string YamlLineShape = "DP0151";
    public const string MarkdownLinkTooLong = "DP0153";
    public const string MarkdownTooManyMarks = "DP0154";
    public const string AttachmentNameCharacter = "DP0155";
    public const string YamlHalfCharacter = "DP0156";
    public const string MarkdownDefinitionRun = "DP0157";
    public const string ZeroWidthCharacter = "DP0158";
    public const string FieldBelowFrontMatter = "DP0159";

    // Content: fields.
    public const string MissingField = "DP0010";
    public const string InvalidDate = "DP0011";
    public const string UnknownBody = "DP0012";
    public const string UnknownTopic = "DP0013";
    public const string UnknownField = "DP0014";
    public const string WrongType = "DP0015";
    public const string InvalidValue = "DP0016";
    public const string DuplicateField = "DP0017";

    // Content: relations between files.
    public const string DuplicateSlug = "DP0020";
    public const string DuplicateTranslationKey = "DP0021";
    public const string TranslationDateDiffers = "DP0022";
    public const string TranslationBodyDiffers = "DP0023";

    // Content: feeds, open data and citation (attachments, aliases).
    public const string AttachmentMissing = "DP0030";
    public const string AttachmentOutsideContent = "DP0031";
    public const string AttachmentReservedName = "DP0032";
    public const string AttachmentNameCase = "DP0184"; // 'Liite.pdf' and 'liite.pdf' of one decision
    public const string AliasInvalid = "DP0033";
    public const string AliasCollides = "DP0034";

    // Content: cases, meetings, appeal and personal data (the law).
    public const string InvalidMeeting = "DP0040";
    public const string InvalidStatus = "DP0041";
    public const string InvalidVotes = "DP0042";
    public const string InvalidDissent = "DP0043";
    public const string InvalidAppeal = "DP0044";
    public const string InvalidPersonal = "DP0045";
    public const string InvalidWithdrawn = "DP0046";
    public const string MeetingFileInvalid = "DP0047";
    public const string MeetingFileUnknownField = "DP0048";
    public const string MinutesPublicDiffers = "DP0180"; // one meeting's files in two languages
    public const string AppealDiffers = "DP0181"; // one decision's files in two languages
    public const string MeetingDateDiffers = "DP0049";
    public const string ConfidentialAttachments = "DP0050";
    public const string DuplicateMeeting = "DP0051";
    public const string PersonalDataNeverExpires = "DP0053";
    public const string UnknownMeetingOrgan = "DP0054";
    public const string ConfidentialTranslationPublic = "DP0100";
    public const string ConfidentialAliases = "DP0101";
    public const string PersonalTranslationKept = "DP0102";
    public const string WithdrawnTranslationPublished = "DP0103";
    public const string PersonalDataInAttachment = "DP0104";
    public const string WithheldAttachmentShared = "DP0105";
    public const string InvalidTranslationKey = "DP0106";
    public const string UnpairedTranslationPublished = "DP0108";
    public const string PersonalMarkMissed = "DP0109";

    // A warning, as DP0104: an address is often not the editor's to change (a newspaper's article), and an
    // error would stop the nightly build that takes expired data off the site.
    public const string PersonalDataInAddress = "DP0177";
    public const string PersonalNameOtherOrder = "DP0178";

    // A warning: a surname alone may be a relative's, an official's of the same name or a word.
    public const string PersonalSurnameAlone = "DP0185";

    // A warning, as DP0104: a photo's position is no one's unless the decision marks personal data.
    public const string PhotoPositionWithPersonalData = "DP0182";
    public const string AttachmentTooLargeToCheck = "DP0196";

    // An error: a file larger than the build can publish (a meeting's recording of several gigabytes).
    public const string AttachmentTooLarge = "DP0197";

    // A warning: a name may be personal data in a meeting file and an official's in a decision of it.
    public const string PersonalMarkMissedInMeeting = "DP0183";

    // Content: publishing (check) and import.
    public const string BrokenLink = "DP0060";
    public const string LinkToUnpublished = "DP0061";
    public const string ImportMissingSection = "DP0065";
    public const string ImportUnreadable = "DP0066";
    public const string ImportUnrepairedWord = "DP0067";
    public const string ImportTitleDerived = "DP0068";
    public const string ImportTitleWithoutName = "DP0179";

    // Content: addresses, links and attachments as published.
    public const string OutputPathTaken = "DP0170";
    public const string DecisionOutsideContent = "DP0171";
    public const string LinkedFolderLoop = "DP0152";
    public const string AttachmentRunnable = "DP0172";
    public const string DuplicateCase = "DP0173";
    public const string ImageOnAnotherSite = "DP0174";
    public const string ImageNotAttached = "DP0175";
    public const string LinkNotAttached = "DP0176";
    public const string LinkToDraftAttachment = "DP0186"; // a warning: the draft may be published tomorrow

    // A confidential or withdrawn decision's attachment named as text; a warning where a published
    // decision has a file of that name too, which the name may refer to.
    public const string WithheldFileNamed = "DP0250";
    public const string WithheldFileNameShared = "DP0251";
    public const string RawLinkWithheld = "DP0252"; // raw HTML cannot lose its address as a link does
    public const string PassingFileNamed = "DP0253";
    public const string PassingFileNameShared = "DP0254";

    // A warning: a published attachment not read in full (encrypted, damaged, past a zip's limits)
    // could not be checked for withheld names or marked words; a large zip must stay publishable.
    public const string AttachmentNotReadInFull = "DP0255";
    public const string LinkAddressWithSpace = "DP0187";
    public const string TypedListBullet = "DP0189";
    public const string MinutesHeading = "DP0193"; // 'Päätösehdotus' copied into the text
    public const string DegreeInName = "DP0194"; // 'name: KTM Matti Ruotsalainen'
    public const string TranslationKeyDiffers = "DP0191"; // one address, two keys
    public const string TranslationUntranslated = "DP0192"; // a copy of the other language's file

    // Content: personal-data marks.
    public const string PersonalMarkMalformed = "DP0110";
    public const string PersonalMarkNotRead = "DP0111";

    // Configuration, templates, command line.
    public const string ConfigNotFound = "DP1001";
    public const string ConfigInvalidYaml = "DP1002";
    public const string ConfigUnknownKey = "DP1003";
    public const string ConfigMissingKey = "DP1004";
    public const string ConfigMissingLabel = "DP1005";
    public const string ConfigInvalidValue = "DP1006";
    public const string ConfigYamlTab = "DP1130";
    public const string ConfigYamlColonInValue = "DP1131";
    public const string ConfigYamlBlockNotIndented = "DP1132";
    public const string ConfigYamlNoSpaceAfterColon = "DP1133";
    public const string ConfigYamlUnclosedQuote = "DP1134";
    public const string ConfigYamlUnclosedBracket = "DP1135";
    public const string ConfigYamlAnchor = "DP1136";
    public const string ConfigYamlAlias = "DP1137";
    public const string ConfigYamlTag = "DP1138";
    public const string ConfigRepeatedKey = "DP1139";
    public const string ConfigYamlSecondDocument = "DP1140";
    public const string ConfigYamlTooDeep = "DP1141";
    public const string ConfigControlCharacter = "DP1143";
    public const string ConfigFileTooLarge = "DP1144";
    public const string ConfigNotARegularFile = "DP1145";
    public const string ConfigYamlQuoteTheValue = "DP1148";
    public const string ConfigYamlStrayBracket = "DP1149";
    public const string ConfigYamlIndentation = "DP1150";
    public const string ConfigYamlLineShape = "DP1151";
    public const string ThemeLinkOutside = "DP1152";
    public const string ThemeLinkLoop = "DP1153";
    public const string ConfigNotUtf8 = "DP1155";
    public const string ConfigYamlHalfCharacter = "DP1156";
    public const string ConfigZeroWidthCharacter = "DP1158";
    public const string SearchScriptFormat = "DP1159";
    public const string I18nMissing = "DP1010";
    public const string I18nMissingString = "DP1011";
    public const string TemplateSyntax = "DP1021";
    public const string TemplateRuntime = "DP1022";
    public const string OutputFailed = "DP1030";
    public const string OutputNotOurs = "DP1031";

    // Publishing commands: new, import, serve.
    public const string WouldOverwrite = "DP1060";
    public const string InvalidArgument = "DP1061";
    public const string ServeFailed = "DP1062";

    // Configuration of the law features.
    public const string InvalidBuildDate = "DP1050";
    public const string BuildDateBeforeToday = "DP1154";
    public const string ConfigInvalidAppeal = "DP1051";
    public const string ConfigInvalidRemoved = "DP1052";
    public const string AppealTextMissing = "DP1053";

    // Configuration of the portal: the open data's licence.
    public const string ConfigInvalidDataLicence = "DP1200";
    public const string ConfigInvalidMunicipality = "DP1157";

    public const string InternalError = "DP9001";

    public static bool IsConfigurationCode(string code) => code.StartsWith("DP1", StringComparison.Ordinal);

    // Publishing duties (the lead's range: DP0230-DP0239).
    public const string NoScheduledRebuild = "DP0230";
    public const string InitWouldOverwrite = "DP1230";

    // Nothing an editor writes is lost without a word (the editors' range: DP0240-DP0259).
    public const string UnreadExtension = "DP0240";
    public const string YearFolderDiffers = "DP0241";
    public const string TranslationFieldDiffers = "DP0242";
    public const string DecisionOnCancelledMeeting = "DP0243";
    public const string ImportDateGuessed = "DP0244";
    public const string FileNameWithoutAddress = "DP0245";
    public const string SectionTwiceInMeeting = "DP0246";
    public const string TranslationRenamed = "DP0247";
    public const string MeetingNumberDiffers = "DP0248";
    public const string UpdatedAfterBuild = "DP0249";

    // Messages in the editor's language (editors: DP1240-DP1249).
    public const string InvalidEditorLanguage = "DP1240";

    // Agendas before the meeting and what changed (the agendas range: DP0270-DP0279).
    public const string AgendaItemDecided = "DP0270";
    public const string AgendaItemVoted = "DP0271";
    public const string AgendaAfterMinutes = "DP0272";
    public const string PreviousWithoutUpdate = "DP0273";
    public const string PreviousUnchanged = "DP0274";

    // Elected members: the register content/members.yml and the names that refer to it (the members' range: DP0260-DP0269).
    public const string MemberRegisterInvalid = "DP0260";
    public const string MemberUnknownOrgan = "DP0261";
    public const string MemberInvalidDate = "DP0262";
    public const string MemberTermsOverlap = "DP0263";
    public const string MemberDuplicate = "DP0264";
    public const string MemberUnknownGroup = "DP0265";
    public const string MemberRegisterUnknownField = "DP0266";
    public const string MemberNotInRegister = "DP0267";

    // Search: attachments' text (the search range: DP0190-DP0199).
    public const string AttachmentUnreadable = "DP0190";

    // The theme's scripts as published (performance: DP1300-DP1309).
    public const string ScriptNotMinified = "DP1300";

    // Editors' gaps: an output that a failure left half updated (editors: DP1301-DP1309).
    public const string OutputPartlyUpdated = "DP1301";
}
