// The words omsdash speaks (`Message`, `Wording`, `Language`) come with OMSCore, whose errors and
// answers are worded in them.
@_exported import OMSWords
