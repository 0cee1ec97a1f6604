Console.OutputEncoding = Encoding.UTF8;
return DecisionsPortal.Cli.CommandLine.Run(args, Console.Out, Console.Error);
