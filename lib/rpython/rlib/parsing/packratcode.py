"""NOT_RPYTHON: writes the RPython source of a packrat parser's methods from
the productions packratgrammar.py read.

Each production `name` becomes name(self, params), returning the result, and
_name(self, params), returning its memo entry (an instance of the
production's own status class, so that each production's result keeps its
own type) after trying the production at self._pos.  A left-recursive
production grows its result from a first solution until it consumes no more
input.  Matching fails by raising BacktrackException; every command's result
is a variable of its own, so that the results of different types never meet
in one variable.  The regular expressions become deterministic automata
whose tables are class attributes read by PackratParser._match_dfa."""

from rpython.rlib.parsing.regexparse import parse_regex

NORMAL, ERROR, INPROGRESS, LEFTRECURSION, SOMESOLUTIONS = range(5)


class CodeWriter(object):
    def __init__(self, productions):
        self.productions = productions
        self.lines = []
        self.indent = 0
        self.count = 0
        self.regexes = {}     # regex text -> its number
        self.tables = {}      # class attribute -> value (the automata)

    def emit(self, line):
        self.lines.append("    " * self.indent + line)

    def fresh(self, prefix):
        self.count += 1
        return "%s%d" % (prefix, self.count)

    def write(self):
        names = {}
        for name, params, tree in self.productions:
            if name in names:
                raise ValueError("production %s appears twice" % (name,))
            names[name] = True
        for name, params, tree in self.productions:
            self.status_class(name)
        self.emit("class Parser(object):")
        self.indent += 1
        for name, params, tree in self.productions:
            self.production(name, params, tree)
        self.emit("def __init__(self, inputstream):")
        self.indent += 1
        for name, params, tree in self.productions:
            self.emit("self._dict_%s = {}" % (name,))
        self.emit("self._pos = 0")
        self.emit("self._inputstream = inputstream")
        self.indent -= 2
        return "\n".join(self.lines) + "\n"

    def status_class(self, name):
        self.emit("class _Status_%s(object):" % (name,))
        self.emit("    def __init__(self):")
        self.emit("        self.pos = 0")
        self.emit("        self.error = None")
        self.emit("        self.status = %d" % (INPROGRESS,))
        self.emit("        self.result = None")
        self.emit("    def __repr__(self):")
        self.emit("        return 'Status(%s, %s, %s, %s)' % (self.pos, "
                  "self.result, self.error, self.status)")

    def production(self, name, params, tree):
        withself = ", ".join(["self"] + params)
        args = ", ".join(params)
        self.emit("def %s(%s):" % (name, withself))
        self.emit("    return self._%s(%s).result" % (name, args))
        self.emit("def _%s(%s):" % (name, withself))
        self.indent += 1
        if params:
            self.emit("_key = (self._pos, %s)" % (args,))
        else:
            self.emit("_key = self._pos")
        self.emit("_status = self._dict_%s.get(_key, None)" % (name,))
        self.emit("if _status is None:")
        self.emit("    _status = self._Status_%s()" % (name,))
        self.emit("    self._dict_%s[_key] = _status" % (name,))
        self.emit("else:")
        self.emit("    _statusstatus = _status.status")
        self.emit("    if _statusstatus == %d:" % (NORMAL,))
        self.emit("        self._pos = _status.pos")
        self.emit("        return _status")
        self.emit("    elif _statusstatus == %d:" % (ERROR,))
        self.emit("        raise BacktrackException(_status.error)")
        self.emit("    elif _statusstatus == %d or _statusstatus == %d:" % (
            INPROGRESS, LEFTRECURSION))
        self.emit("        _status.status = %d" % (LEFTRECURSION,))
        self.emit("        if _status.result is not None:")
        self.emit("            self._pos = _status.pos")
        self.emit("            return _status")
        self.emit("        raise BacktrackException(None)")
        self.emit("    elif _statusstatus == %d:" % (SOMESOLUTIONS,))
        self.emit("        _status.status = %d" % (INPROGRESS,))
        self.emit("_startingpos = self._pos")
        self.emit("_error = None")
        self.emit("try:")
        self.indent += 1
        result = self.node(tree, "None")
        self.emit("if _status.status == %d:" % (LEFTRECURSION,))
        self.emit("    if _status.result is not None and _status.pos >= self._pos:")
        self.emit("        _status.status = %d" % (NORMAL,))
        self.emit("        self._pos = _status.pos")
        self.emit("        return _status")
        self.emit("    _status.pos = self._pos")
        self.emit("    _status.status = %d" % (SOMESOLUTIONS,))
        self.emit("    _status.result = %s" % (result,))
        self.emit("    _status.error = _error")
        self.emit("    self._pos = _startingpos")
        self.emit("    return self._%s(%s)" % (name, args))
        self.emit("_status.status = %d" % (NORMAL,))
        self.emit("_status.pos = self._pos")
        self.emit("_status.result = %s" % (result,))
        self.emit("_status.error = _error")
        self.emit("return _status")
        self.indent -= 1
        self.emit("except BacktrackException as _exc:")
        self.emit("    _status.pos = -1")
        self.emit("    _status.result = None")
        self.emit("    _error = self._combine_errors(_error, _exc.error)")
        self.emit("    _status.error = _error")
        self.emit("    _status.status = %d" % (ERROR,))
        self.emit("    raise BacktrackException(_error)")
        self.indent -= 1

    # Each method below emits the code of one kind of node and returns the
    # expression of its result; prev is the result before it.

    def node(self, tree, prev):
        return getattr(self, "node_" + tree[0])(tree, prev)

    def combine(self, error):
        self.emit("_error = self._combine_errors(_error, %s)" % (error,))

    def attempt(self, tree, prev, var, choice):
        # Inside a loop: try tree, keep its result in var and leave the loop; on backtracking,
        # merge its error and go back to the position saved in choice. Ends inside the except
        # clause (one level deeper), where the caller may add what the last attempt does.
        self.emit("try:")
        self.indent += 1
        value = self.node(tree, prev)
        self.emit("%s = %s" % (var, value))
        self.emit("break")
        self.indent -= 1
        self.emit("except BacktrackException as _exc:")
        self.indent += 1
        self.combine("_exc.error")
        self.emit("self._pos = %s" % (choice,))

    def node_seq(self, tree, prev):
        result = prev
        exclusive = None
        for cmd in tree[1]:
            result = self.node(cmd, result)
            if cmd[0] == "exclusive":
                exclusive = result
        if exclusive is not None:
            return exclusive
        return result

    def node_or(self, tree, prev):
        alts = tree[1]
        var = self.fresh("_r")
        choice = self.fresh("_choice")
        self.emit("%s = self._pos" % (choice,))
        self.emit("while 1:")
        self.indent += 1
        for i, alt in enumerate(alts):
            self.attempt(alt, prev, var, choice)
            if i == len(alts) - 1:
                self.emit("raise BacktrackException(_error)")
            self.indent -= 1
        self.indent -= 1
        return var

    def node_quote(self, tree, prev):
        var = self.fresh("_r")
        self.emit("%s = self.__chars__(%r)" % (var, str(tree[1])))
        return var

    def node_regex(self, tree, prev):
        text = tree[1]
        if text not in self.regexes:
            regex = parse_regex(text)
            if regex is None:
                raise ValueError("%s is not a valid regular expression" % (text,))
            dfa = regex.make_automaton().make_deterministic()
            number = len(self.regexes)
            self.regexes[text] = number
            prefix = "_rx%d_" % (number,)
            self.tables[prefix + "class_of"] = list(dfa.class_of)
            self.tables[prefix + "table"] = list(dfa.table)
            self.tables[prefix + "final"] = [
                state in dfa.final_states for state in range(dfa.num_states)]
            self.tables[prefix + "num_classes"] = dfa.num_classes
        prefix = "self._rx%d_" % (self.regexes[text],)
        var = self.fresh("_r")
        self.emit("%s = self._match_dfa(%sclass_of, %stable, %snum_classes, %sfinal)" % (
            var, prefix, prefix, prefix, prefix))
        return var

    def node_call(self, tree, prev):
        name, args = tree[1], tree[2]
        arglist = ", ".join(["(%s)" % (arg,) for arg in args])
        var = self.fresh("_r")
        if name.startswith("_"):
            self.emit("%s = self.%s(%s)" % (var, name, arglist))
            return var
        status = self.fresh("_call_status")
        self.emit("%s = self._%s(%s)" % (status, name, arglist))
        self.emit("%s = %s.result" % (var, status))
        self.combine(status + ".error")
        return var

    def node_rep(self, tree, prev):
        kind, what = tree[1], tree[2]
        items = self.fresh("_all")
        self.emit("%s = []" % (items,))
        if kind == "+":
            value = self.node(what, prev)
            self.emit("%s.append(%s)" % (items, value))
        choice = self.fresh("_choice")
        self.emit("while 1:")
        self.indent += 1
        self.emit("%s = self._pos" % (choice,))
        self.emit("try:")
        self.indent += 1
        value = self.node(what, prev)
        self.emit("%s.append(%s)" % (items, value))
        self.indent -= 1
        self.emit("except BacktrackException as _exc:")
        self.indent += 1
        self.combine("_exc.error")
        self.emit("self._pos = %s" % (choice,))
        self.emit("break")
        self.indent -= 2
        return items

    def node_maybe(self, tree, prev):
        var = self.fresh("_r")
        choice = self.fresh("_choice")
        self.emit("%s = %s" % (var, prev))
        self.emit("%s = self._pos" % (choice,))
        self.emit("try:")
        self.indent += 1
        value = self.node(tree[1], prev)
        self.emit("%s = %s" % (var, value))
        self.indent -= 1
        self.emit("except BacktrackException:")
        self.emit("    self._pos = %s" % (choice,))
        return var

    def node_ignore(self, tree, prev):
        self.node(tree[1], prev)
        return prev

    def node_exclusive(self, tree, prev):
        return self.node(tree[1], prev)

    def node_neg(self, tree, prev):
        what = tree[1]
        choice = self.fresh("_choice")
        matched = self.fresh("_matched")
        self.emit("%s = self._pos" % (choice,))
        self.emit("%s = True" % (matched,))
        self.emit("try:")
        self.indent += 1
        self.node(what, prev)
        self.indent -= 1
        self.emit("except BacktrackException:")
        self.emit("    %s = False" % (matched,))
        self.emit("self._pos = %s" % (choice,))
        self.emit("if %s:" % (matched,))
        if what[0] == "quote":
            error = "self._ErrorInformation(%s, [%r])" % (choice, "NOT " + what[1])
        else:
            error = "None"
        self.emit("    raise BacktrackException(%s)" % (error,))
        return prev

    def node_lookahead(self, tree, prev):
        choice = self.fresh("_choice")
        self.emit("%s = self._pos" % (choice,))
        self.node(tree[1], prev)
        self.emit("self._pos = %s" % (choice,))
        return prev

    def node_named(self, tree, prev):
        value = self.node(tree[2], prev)
        self.emit("%s = %s" % (tree[1], value))
        return tree[1]

    def node_return(self, tree, prev):
        var = self.fresh("_r")
        self.emit("%s = (%s)" % (var, tree[1]))
        return var

    def node_if(self, tree, prev):
        result = prev
        if tree[1] is not None:
            result = self.node(tree[1], prev)
        self.emit("if not (%s):" % (tree[2],))
        self.emit("    raise BacktrackException(self._ErrorInformation("
                  "_startingpos, ['condition not met']))")
        return result

    def node_choose(self, tree, prev):
        var_name, expr, cmds = tree[1], tree[2], tree[3]
        var = self.fresh("_r")
        choice = self.fresh("_choice")
        self.emit("%s = self._pos" % (choice,))
        self.emit("for %s in (%s):" % (var_name, expr))
        self.indent += 1
        self.attempt(cmds, prev, var, choice)
        self.indent -= 2
        self.emit("else:")
        self.emit("    raise BacktrackException(_error)")
        return var
