"""Bank statements confirm payments (issue 16).

A statement the PM exports from online banking is read into :class:`~.credit.Credit`
values (``formats/``: one module per file format, all pure: bytes in, credits out),
each credit is matched against the open milestones (:mod:`.matching`, pure), and
:mod:`.apply` stores the credits once, marks the milestones a strong match pays (the same
path as a staff ``paid AMOUNT DATE``) and puts everything weaker on the PM's list.
:mod:`.folder` watches ``<bank folder>/incoming/`` for the daemon.
"""
